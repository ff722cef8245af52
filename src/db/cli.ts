import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkDataFolders } from './client.js';
import { applyMigrations, createMigration } from './migrate.js';
import { loadDatabaseConfig, loadDotEnv } from '../config.js';
import { reportStartupFailure, StartupError } from '../startup.js';
import { schemaText, VARIANTS } from './schema-variants.js';

// npm run db:migrate | npm run db:new-migration -- <name> | (db:generate) schema
const [command, name] = process.argv.slice(2);
try {
  if (command === 'migrate') {
    loadDotEnv();
    const { databaseUrl } = loadDatabaseConfig();
    checkDataFolders({ databaseUrl });
    const applied = await applyMigrations(databaseUrl);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  } else if (command === 'new' && name) {
    const folder = await createMigration(name);
    console.log(folder ? `Wrote ${folder}/migration.sql` : 'The SQLite schema matches its migrations: nothing to write.');
    // PostgreSQL's migration is diffed on a throw-away database of a real server.
    const serverUrl = process.env.POSTGRES_SHADOW_URL;
    if (serverUrl) {
      const pg = await createMigration(name, { kind: 'postgresql', serverUrl });
      console.log(pg ? `Wrote ${pg}/migration.sql` : 'The PostgreSQL migrations match the schema: nothing to write.');
    } else {
      console.log(
        'PostgreSQL migration not written: set POSTGRES_SHADOW_URL=postgresql://user@host:port/postgres (a server where a throw-away database may be created) and run this again.',
      );
    }
  } else if (command === 'schema') {
    const { schemaPath } = VARIANTS.postgresql;
    mkdirSync(dirname(schemaPath), { recursive: true });
    writeFileSync(schemaPath, schemaText('postgresql'));
  } else {
    console.error('Usage: npm run db:migrate | npm run db:new-migration -- <name>');
    process.exitCode = 2;
  }
} catch (error) {
  if (error instanceof StartupError) reportStartupFailure(error);
  else {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
