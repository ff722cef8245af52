#!/bin/sh
# Stands in for Prisma's native schema engine, which is downloaded from the internet and is not
# available offline. Migrations run through the WebAssembly engine instead.
echo "The native Prisma schema engine is not used here: run 'npm run db:migrate' or 'npm run db:new-migration -- <name>'." >&2
exit 1
