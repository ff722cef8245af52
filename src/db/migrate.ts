import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine as Engine } from '@prisma/schema-engine-wasm';
import { createAdapterFactory, databaseKind, reachDatabase, type DatabaseKind } from './adapter.js';
import { schemaText, VARIANTS } from './schema-variants.js';

// Prisma's native schema engine is downloaded from the internet, which these machines (and many
// government intranets) cannot reach. Its WebAssembly build ships on npm; this module is the one
// place that knows about it. Migrations stay in the standard prisma/migrations layout, so
// `prisma migrate deploy` remains interchangeable where the native engine exists.

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
  const factory = await createAdapterFactory(databaseUrl);
  const opened: SqlDriverAdapter[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => remember(await factory.connect()),
    connectToShadowDb: async () => remember(scriptTolerant(await (factory.provider === 'postgres' ? postgresShadow(databaseUrl) : factory.connectToShadowDb()))),
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
 * A throw-away database on the same PostgreSQL server. adapter-pg's own drops the database while
 * its pool is still connected, which PostgreSQL refuses; this one disconnects first.
 */
async function postgresShadow(serverUrl: string): Promise<SqlDriverAdapter> {
  const admin = await (await createAdapterFactory(serverUrl)).connect();
  const name = `prisma_shadow_${randomUUID().replace(/-/g, '')}`;
  await admin.executeScript(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const shadow = await (await createAdapterFactory(url.toString())).connect();
  readCharAsText(shadow);
  const dispose = shadow.dispose.bind(shadow);
  let disposed = false;
  // The engine may dispose of it too: once is enough.
  shadow.dispose = async () => {
    if (disposed) return;
    disposed = true;
    await dispose();
    await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.dispose();
  };
  return shadow;
}

/** PostgreSQL's one-byte "char" type, which the catalog uses (pg_class.relkind…). */
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The engine reads the shadow database's catalog to compare it with the schema, and adapter-pg
 * 7.10 has no mapping for the catalog's "char" columns. Their values are plain strings, so the
 * shadow connection reports them as text.
 */
function readCharAsText(adapter: SqlDriverAdapter): void {
  type Fields = { fields: { dataTypeID: number }[] };
  const target = adapter as unknown as { performIO(query: unknown): Promise<Fields> };
  const performIO = target.performIO.bind(target);
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
}

/**
 * When replaying migrations into the shadow database this engine build sends each migration file
 * through `executeRaw`, which better-sqlite3 (and pg, as a prepared statement) refuses for more
 * than one statement. Run those as a script, as `applyMigrations` does.
 */
const MANY_STATEMENTS = /more than one statement|multiple commands into a prepared statement/;

function scriptTolerant(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (!(error instanceof Error) || !MANY_STATEMENTS.test(error.message)) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

export function loadMigrations(dir: string): MigrationList {
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

/** The migrations `_prisma_migrations` records as applied; empty when the table is not there yet. */
async function appliedMigrations(databaseUrl: string): Promise<Set<string>> {
  const adapter = await (await createAdapterFactory(databaseUrl)).connect();
  try {
    const result = await adapter.queryRaw({
      sql: 'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      args: [],
      argTypes: [],
    });
    return new Set(result.rows.map((row) => String(row[0])));
  } catch {
    return new Set();
  } finally {
    await adapter.dispose();
  }
}

/** Applies the migrations not yet recorded in `_prisma_migrations`; returns their names. */
export async function applyMigrations(databaseUrl: string, dir?: string): Promise<string[]> {
  const kind = databaseKind(databaseUrl);
  const migrations = loadMigrations(dir ?? VARIANTS[kind].migrationsDir);
  // Before the engine, whose connection errors come as a stack of WebAssembly frames.
  await reachDatabase(databaseUrl);
  // The engine's WebAssembly stays in memory once loaded (≈50 MB): an up-to-date database, which
  // is every start but the first after an upgrade, does not need it.
  const applied = await appliedMigrations(databaseUrl);
  if (migrations.migrationDirectories.every((m) => applied.has(m.path))) return [];
  return withEngine(databaseUrl, schemaText(kind), async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: migrations, filters: noFilters });
    return out.appliedMigrationNames;
  });
}

export interface DiffOptions {
  kind?: DatabaseKind;
  /** the schema to compare with; the kind's own schema by default */
  schema?: string;
  dir?: string;
  /**
   * PostgreSQL only: a server the engine may create a throw-away shadow database on, to replay the
   * migrations into (SQLite uses an in-memory one).
   */
  serverUrl?: string;
}

/** SQL that would bring the migrations up to the schema; empty when they agree. */
export async function pendingSchemaChange(options: DiffOptions = {}): Promise<string> {
  const kind = options.kind ?? 'sqlite';
  if (kind === 'postgresql' && !options.serverUrl) throw new Error('A PostgreSQL server URL is needed to compare its migrations with the schema.');
  const schema = options.schema ?? schemaText(kind);
  return withEngine(kind === 'sqlite' ? 'file::memory:' : options.serverUrl!, schema, async (engine) => {
    const migrations = loadMigrations(options.dir ?? VARIANTS[kind].migrationsDir);
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

/**
 * Writes <migrations>/<timestamp>_<name>/migration.sql for the schema's changes; null when nothing
 * changed. For PostgreSQL, `serverUrl` names a server to replay its migrations on.
 */
export async function createMigration(name: string, options: DiffOptions & { now?: Date } = {}): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Migration name "${name}" may use only a-z, 0-9 and _ (for example add_initiatives).`);
  const variant = VARIANTS[options.kind ?? 'sqlite'];
  const dir = options.dir ?? variant.migrationsDir;
  const sql = await pendingSchemaChange({ ...options, dir });
  if (sql === '') return null;
  const stamp = (options.now ?? new Date()).toISOString().replace(/\D/g, '').slice(0, 14);
  const folder = join(dir, `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'migration.sql'), `${sql}\n`);
  const lock = join(dir, LOCKFILE);
  if (!existsSync(lock)) {
    writeFileSync(lock, `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${variant.provider}"\n`);
  }
  return folder;
}
