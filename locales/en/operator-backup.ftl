## npm run backup / npm run restore (for operators)
backup-usage = Usage:
    npm run backup [-- --out <file>] [--with-files]   back up the database (by default to backups/thidua-<date-time>)
    npm run restore -- <file> [--yes]                restore a backup into the database in DATABASE_URL
backup-done = Backed up { $source } to { $file } ({ $size }).
backup-files-copied = Copied { $count } evidence files from { $from } to { $to }.
backup-files-reminder = Note: the evidence files in { $dir } are not in the database. Copy that whole folder along with the backup, or run again with --with-files to copy them beside it.
backup-restore-done = Restored { $file } into { $target }.
backup-restore-migrated = The backup was older than the code: applied the migrations { $names }.
backup-restore-counts = The database now holds { $campaigns } campaigns, { $units } units, { $members } members, { $reports } reports.
backup-files-restored = Copied { $count } evidence files from { $from } to { $to } (files already there were kept).
backup-files-not-restored = Note: there is no evidence file folder beside the backup. Copy the backed-up files folder back into { $dir }, or old evidence will not open.
backup-unexpected = Not finished: { $detail }
backup-out-exists = { $file } already exists: a backup is never overwritten. Wait a minute or choose another name with --out <file>.
backup-source-missing = There is no database at { $target }. Check DATABASE_URL in .env.
backup-file-missing = { $file } was not found. Check the path, for example backups/thidua-2025-11-20-0900.db.
backup-not-a-backup = { $file } is not a backup of the bot's database (it has no _prisma_migrations table). Choose a file written by npm run backup.
backup-wrong-kind = { $file } is a { $fileKind ->
        [sqlite] SQLite
       *[other] PostgreSQL
    } backup but DATABASE_URL points to a { $kind ->
        [sqlite] SQLite
       *[other] PostgreSQL
    } database. Set DATABASE_URL to the kind of database the backup came from.
backup-target-occupied = The target database { $target } holds { $rows } rows; a restore replaces all of them. Stop the bot, back up the current database (npm run backup), then run again with --yes: npm run restore -- { $file } --yes
backup-tool-missing = { $tool } was not found. Install the PostgreSQL client package: apt-get install postgresql-client
backup-tool-failed = { $tool } failed: { $detail }
