import { applyMigrations, createMigration } from './migrate.js';
import { loadConfig } from '../config.js';

// npm run db:migrate | npm run db:new-migration -- <name>
const [command, name] = process.argv.slice(2);
try {
  if (command === 'migrate') {
    const { databaseUrl } = loadConfig();
    const applied = await applyMigrations(databaseUrl);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  } else if (command === 'new' && name) {
    const folder = await createMigration(name);
    console.log(folder ? `Wrote ${folder}/migration.sql` : 'The schema matches the migrations: nothing to write.');
  } else {
    console.error('Usage: npm run db:migrate | npm run db:new-migration -- <name>');
    process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
