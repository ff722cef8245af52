import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDotEnv, loadOrExit, loadStorageConfig } from '../config.js';
import { formatNumber } from '../domain/numbers.js';
import { I18n, type Translate } from '../i18n/i18n.js';
import { StartupError, reportStartupFailure } from '../startup.js';
import { databaseKind } from './adapter.js';
import { BackupError, backupDatabase, copyFiles, defaultBackupPath, describeDatabase, filesFolderFor, restoreDatabase } from './backup.js';

// npm run backup [-- --out <file>] [--with-files] | npm run restore -- <file> [--yes]
// Exit codes: 0 done, 1 the backup or restore failed or was refused, 2 wrong arguments.

loadDotEnv();
const config = loadOrExit(loadStorageConfig);
const t: Translate = new I18n().translator(config.defaultLocale);
process.exitCode = await main(process.argv.slice(2));

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(argv);
  if (!parsed) {
    console.error(t('backup-usage'));
    return 2;
  }
  const { command, file, values } = parsed;
  try {
    if (command === 'backup') await backup(values.out, values['with-files'] === true);
    else await restore(file!, values.yes === true);
    return 0;
  } catch (error) {
    if (error instanceof BackupError) console.error(t(error.key, error.args));
    else if (error instanceof StartupError) reportStartupFailure(error);
    else console.error(t('backup-unexpected', { detail: error instanceof Error ? error.message : String(error) }));
    return 1;
  }
}

type Values = { out?: string; 'with-files'?: boolean; yes?: boolean };

function parseCommandLine(argv: string[]): { command: 'backup' | 'restore'; file?: string; values: Values } | null {
  try {
    const options = { out: { type: 'string' }, 'with-files': { type: 'boolean' }, yes: { type: 'boolean' } } as const;
    const { positionals, values } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    const [command, ...rest] = positionals;
    if (command === 'backup' && rest.length === 0 && values.yes === undefined) return { command, values };
    if (command === 'restore' && rest.length === 1 && values.out === undefined && values['with-files'] === undefined) return { command, file: rest[0]!, values };
    return null;
  } catch {
    // node:util reports unknown or incomplete options in English: show our usage instead.
    return null;
  }
}

async function backup(out: string | undefined, withFiles: boolean): Promise<void> {
  const path = out ?? defaultBackupPath(databaseKind(config.databaseUrl));
  const result = await backupDatabase(config.databaseUrl, path);
  console.log(t('backup-done', { source: describeDatabase(config.databaseUrl), file: result.path, size: formatSize(result.bytes) }));
  // Uploaded evidence lives in files, not in the database.
  if (withFiles) {
    const folder = filesFolderFor(path);
    console.log(t('backup-files-copied', { count: copyFiles(config.fileStoreDir, folder), from: config.fileStoreDir, to: folder }));
  } else {
    console.log(t('backup-files-reminder', { dir: config.fileStoreDir }));
  }
}

async function restore(file: string, yes: boolean): Promise<void> {
  const result = await restoreDatabase(config.databaseUrl, file, { force: yes });
  console.log(t('backup-restore-done', { file, target: describeDatabase(config.databaseUrl) }));
  if (result.migrated.length > 0) console.log(t('backup-restore-migrated', { names: result.migrated.join(', ') }));
  console.log(t('backup-restore-counts', result.counts));
  const folder = filesFolderFor(file);
  if (existsSync(folder)) console.log(t('backup-files-restored', { count: copyFiles(folder, config.fileStoreDir), from: folder, to: config.fileStoreDir }));
  else console.log(t('backup-files-not-restored', { dir: config.fileStoreDir }));
}

/** 1,2 MB in Vietnamese style. */
function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}
