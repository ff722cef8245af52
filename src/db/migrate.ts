import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine as Engine } from '@prisma/schema-engine-wasm';
import { createAdapterFactory } from './adapter.js';

// Prisma's native schema engine is downloaded from the internet, which these machines (and many
// government intranets) cannot reach. Its WebAssembly build ships on npm; this module is the one
// place that knows about it. Migrations stay in the standard prisma/migrations layout, so
// `prisma migrate deploy` remains interchangeable where the native engine exists.

export const SCHEMA_PATH = resolve('prisma/schema.prisma');
export const MIGRATIONS_DIR = resolve('prisma/migrations');
const LOCKFILE = 'migration_lock.toml';

// The ES2023 lib has no WebAssembly value type; Node has the global.
type WasmApi = { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: unknown } }> };
const wasmApi = () => (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

type EngineModule = typeof import('@prisma/schema-engine-wasm');
let engineModule: Promise<EngineModule> | undefined;

/** Node 20 cannot import .wasm as an ES module without a flag, so instantiate it by hand. */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = readFileSync(bgPath.replace(/\.js$/, '.wasm'));
    const { instance } = await wasmApi().instantiate(bytes, { './schema_engine_bg.js': bg });
    const exports = instance.exports as Record<string, unknown> & { __wbindgen_start: () => void };
    (bg as unknown as { __wbg_set_wasm: (w: unknown) => void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bg as unknown as EngineModule;
  })();
  return engineModule;
}

async function withEngine<T>(databaseUrl: string, schema: string, run: (engine: Engine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  // The engine does not close the connections it opens: keep them to dispose of them ourselves,
  // or the SQLite file stays locked for the next caller.
  const factory = createAdapterFactory(databaseUrl);
  const opened: SqlDriverAdapter[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => remember(await factory.connect()),
    connectToShadowDb: async () => remember(scriptTolerant(await factory.connectToShadowDb())),
  };
  const remember = (adapter: SqlDriverAdapter) => (opened.push(adapter), adapter);
  const engine = await SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(tracked));
  try {
    return await run(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((a) => a.dispose()));
  }
}

/**
 * When replaying migrations into the shadow database this engine build sends each migration file
 * through `executeRaw`, which better-sqlite3 refuses for more than one statement. Run those as a
 * script, as `applyMigrations` does.
 */
function scriptTolerant(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (!(error instanceof RangeError) || !/more than one statement/.test(error.message)) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

export function loadMigrations(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = join(dir, LOCKFILE);
  const directories = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: LOCKFILE, content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: directories.map((name) => {
      const file = join(dir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file) ? { tag: 'ok', value: readFileSync(file, 'utf8') } : { tag: 'error', value: `${file} is missing` },
        },
      };
    }),
  };
}

const noFilters = { externalTables: [], externalEnums: [] };

/** Applies the migrations not yet recorded in `_prisma_migrations`; returns their names. */
export async function applyMigrations(databaseUrl: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const schema = readFileSync(SCHEMA_PATH, 'utf8');
  return withEngine(databaseUrl, schema, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: loadMigrations(dir), filters: noFilters });
    return out.appliedMigrationNames;
  });
}

/** SQL that would bring the migrations up to the schema; empty when they agree. */
export async function pendingSchemaChange(schema = readFileSync(SCHEMA_PATH, 'utf8'), dir = MIGRATIONS_DIR): Promise<string> {
  // The diff replays the migrations into a throw-away in-memory database.
  return withEngine('file::memory:', schema, async (engine) => {
    const migrations = loadMigrations(dir);
    const from = migrations.migrationDirectories.length > 0 ? { tag: 'migrations' as const, ...migrations } : { tag: 'empty' as const };
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = (result.stdout ?? '').trim();
    return sql === '-- This is an empty migration.' ? '' : sql;
  });
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql from the schema; null when nothing changed. */
export async function createMigration(name: string, now = new Date(), dir = MIGRATIONS_DIR): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Migration name "${name}" may use only a-z, 0-9 and _ (for example add_initiatives).`);
  const sql = await pendingSchemaChange(undefined, dir);
  if (sql === '') return null;
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const folder = join(dir, `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'migration.sql'), `${sql}\n`);
  const lock = join(dir, LOCKFILE);
  if (!existsSync(lock)) {
    writeFileSync(lock, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "sqlite"\n');
  }
  return folder;
}
