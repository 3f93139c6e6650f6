// Prisma's schema engine (migrate deploy / migrate diff / migrate dev), run offline as WebAssembly.
//
// The native `schema-engine` binary that the Prisma CLI spawns is downloaded on first use, which fails
// on offline machines. The same engine ships compiled to Wasm in `@prisma/schema-engine-wasm`; instead
// of opening its own sockets it talks to the database through a JS driver adapter (here
// `@prisma/adapter-pg`, so real PostgreSQL and a PGlite socket server both work). Prisma's own
// wrapper around it is `SchemaEngineWasm` + `wasmSchemaEngineLoader` in prisma/prisma
// (packages/migrate, packages/internals); this file follows what they do.
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlResultSet,
  type Transaction,
} from '@prisma/driver-adapter-utils';
import type * as Engine from '@prisma/schema-engine-wasm';
import pg from 'pg';

export type {
  ApplyMigrationsOutput,
  DiagnoseMigrationHistoryOutput,
  DiffResult,
  DiffTarget,
  MigrationList,
  SchemaContainer,
  SchemaFilter,
} from '@prisma/schema-engine-wasm';

type EngineModule = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

/** A database the engine may replay the migration history into; `dispose` runs when it is done. */
export interface ShadowDatabase {
  connectionString: string;
  dispose(): Promise<void>;
}

/**
 * Where the shadow database comes from: a connection string to an existing, *empty* database (kept
 * afterwards), or a factory that makes a throwaway one (e.g. `throwawayDatabase()` in migrate.ts, or a
 * second in-memory PGlite server, since PGlite serves exactly one database).
 */
export type ShadowDatabaseSource = string | (() => Promise<ShadowDatabase>);

export interface OpenSchemaEngineOptions {
  /** The database the engine works on (migrations are applied here). */
  connectionString: string;
  /** Needed only to diff from `migrations` (the history is replayed there). */
  shadowDatabase?: ShadowDatabaseSource;
  /** Engine trace lines (JSON), for debugging. */
  onLog?: (line: string) => void;
}

export const NO_FILTER: Engine.SchemaFilter = { externalTables: [], externalEnums: [] };

/**
 * The engine commands we use, bound to one database (plus its shadow database). Not exposed:
 * `createMigration`, `evaluateDataLoss` and `devDiagnostic` — in this Wasm build they replay the history
 * only into a shadow database they would create themselves, and fail with "PostgreSQL shadow DB must
 * be provided through an external factory"; `diff` from `migrations` does use `connectToShadowDb`.
 */
export interface SchemaEngine {
  applyMigrations(input: Engine.ApplyMigrationsInput): Promise<Engine.ApplyMigrationsOutput>;
  diagnoseMigrationHistory(input: Engine.DiagnoseMigrationHistoryInput): Promise<Engine.DiagnoseMigrationHistoryOutput>;
  diff(params: Engine.DiffParams): Promise<Engine.DiffResult>;
  version(): Promise<string>;
  /** Frees the Wasm instance and closes every connection (and shadow database) it opened. */
  close(): Promise<void>;
}

let engineModule: Promise<EngineModule> | undefined;

/**
 * Instantiates the Wasm module once per process. The package's main entry (`schema_engine.js`) does
 * `import * as wasm from "./schema_engine_bg.wasm"`, which Node cannot import, so — like Prisma's
 * `wasmSchemaEngineLoader` — we import the wasm-bindgen glue (`schema_engine_bg.js`, exported as
 * `./schema_engine_bg`), instantiate the `.wasm` ourselves with the glue as its only import module, and
 * hand the exports back to the glue. Instantiating twice breaks wasm-bindgen's global state
 * (`unwrap_throw failed`), hence the cache.
 */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    installPanicRegistry();
    const glue: EngineModule = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const gluePath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await fs.readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    const imports: WebAssembly.Imports = { './schema_engine_bg.js': { ...glue } };
    const { instance } = await WebAssembly.instantiate(bytes, imports);
    glue.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start !== 'function') throw new Error('schema-engine-wasm: __wbindgen_start is missing');
    start();
    return glue;
  })();
  return engineModule;
}

/**
 * On a Rust panic the engine's panic hook calls `globalThis.PRISMA_WASM_PANIC_REGISTRY.set_message()`
 * before trapping; Prisma's CLI installs that object (packages/internals, `WasmPanicRegistry`). Without
 * it the hook itself throws a TypeError and the panic message is lost.
 */
const panicMessages: string[] = [];
function installPanicRegistry(): void {
  const holder = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown };
  holder.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (message: string) => {
      panicMessages.push(`RuntimeError: ${message}`);
    },
  };
}

/** The version (prisma-engines commit) of the Wasm engine. */
export async function schemaEngineVersion(): Promise<string> {
  return (await loadEngineModule()).version();
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
/** Appended to the name of a `"char"` column on the wire, stripped again in `restoreCharColumns`. */
const CHAR_COLUMN_MARK = '\u0000"char"';

/**
 * One pg connection (max: 1), never closed while idle:
 * - the engine takes a session-level advisory lock while migrating and expects to run everything on
 *   that one session, as the native engine does;
 * - the embedded PGlite server serialises connections and can stall with several.
 *
 * The engine's catalog queries return columns of Postgres's internal `"char"` type (pg_constraint
 * .contype, .confdeltype …). @prisma/adapter-pg 7.x has no mapping for that type id (18) and fails the
 * whole query ("Column type 'char' could not be deserialized"); newer adapter versions report it as
 * `ColumnTypeEnum.Character`, which the describer needs (it panics reading a CHECK constraint's type
 * as text). So before the adapter sees a row description we relabel such columns as text and mark
 * their names; `restoreCharColumns` turns the marked columns into Character columns again. The rows
 * are arrays, so the values are untouched. This pool only; the app's client is not affected.
 */
function createPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 1, idleTimeoutMillis: 0, allowExitOnIdle: true });
  pool.on('connect', (client) => {
    if (!(client instanceof pg.Client)) return;
    client.connection.prependListener('rowDescription', (message: unknown) => {
      if (!isRowDescription(message)) return;
      for (const field of message.fields) {
        if (field.dataTypeID !== PG_CHAR_OID) continue;
        field.dataTypeID = PG_TEXT_OID;
        field.name += CHAR_COLUMN_MARK;
      }
    });
  });
  pool.on('error', () => {
    // An idle client lost its connection (e.g. the server went away); the next query reports it.
  });
  return pool;
}

function isRowDescription(message: unknown): message is { fields: { name: string; dataTypeID: number }[] } {
  if (typeof message !== 'object' || message === null || !('fields' in message)) return false;
  return Array.isArray(message.fields);
}

function restoreCharColumns(result: SqlResultSet): SqlResultSet {
  result.columnNames.forEach((name, index) => {
    if (!name.endsWith(CHAR_COLUMN_MARK)) return;
    result.columnNames[index] = name.slice(0, -CHAR_COLUMN_MARK.length);
    result.columnTypes[index] = ColumnTypeEnum.Character;
  });
  return result;
}

/**
 * The adapter as the engine sees it: `"char"` columns restored (above), and a migration script sent
 * as ONE simple-protocol query, as the native engine does (`client.simple_query(script)` in
 * sql-schema-connector's postgres native connector): PostgreSQL then runs all its statements in one
 * implicit transaction, so a failing migration leaves nothing half applied, and `;` inside strings or
 * `$$` bodies is harmless. adapter-pg's own `executeScript` splits the script on every `;` and runs
 * the pieces one by one, with neither property.
 */
function wrapAdapter(adapter: SqlDriverAdapter, pool: pg.Pool, onDispose: () => Promise<void>): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: async (query) => restoreCharColumns(await adapter.queryRaw(query)),
    executeRaw: (query) => adapter.executeRaw(query),
    startTransaction: async (isolationLevel) => wrapTransaction(await adapter.startTransaction(isolationLevel)),
    getConnectionInfo: () => adapter.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    executeScript: async (script) => {
      try {
        await pool.query(script);
      } catch (error) {
        throw toDriverAdapterError(error);
      }
    },
    dispose: async () => {
      await adapter.dispose();
      await onDispose();
    },
  };
}

function wrapTransaction(tx: Transaction): Transaction {
  return {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    queryRaw: async (query) => restoreCharColumns(await tx.queryRaw(query)),
    executeRaw: (query) => tx.executeRaw(query),
    commit: () => tx.commit(),
    rollback: () => tx.rollback(),
  };
}

/** Same shape adapter-pg gives database errors, so the engine reports code and message. */
function toDriverAdapterError(error: unknown): unknown {
  if (!(error instanceof pg.DatabaseError)) return error;
  return new DriverAdapterError({
    kind: 'postgres',
    code: error.code ?? 'N/A',
    severity: error.severity ?? 'N/A',
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
    originalCode: error.code,
    originalMessage: error.message,
  });
}

/** Runs `fn` once; later calls return the first call's promise. */
function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}

/**
 * The adapter factory handed to the engine. `connectToShadowDb` is ours rather than PrismaPg's: its
 * version creates `prisma_migrate_shadow_db_<uuid>` and then connects with
 * `{ connectionString, database }`, where node-postgres lets the connection string's database win —
 * so it would replay migrations into the main database — and it cannot point at a second PGlite.
 */
function createAdapterFactory(options: OpenSchemaEngineOptions, cleanups: (() => Promise<void>)[]): SqlMigrationAwareDriverAdapterFactory {
  const connect = async (connectionString: string, afterClose: () => Promise<void>): Promise<SqlDriverAdapter> => {
    const pool = createPool(connectionString);
    const close = once(async () => {
      await pool.end().catch(() => undefined);
      await afterClose();
    });
    cleanups.push(close);
    try {
      const adapter = await new PrismaPg(pool).connect();
      return wrapAdapter(adapter, pool, close);
    } catch (error) {
      await close();
      throw error;
    }
  };

  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connect(options.connectionString, async () => undefined),
    connectToShadowDb: async () => {
      const source = options.shadowDatabase;
      if (source === undefined) {
        throw new Error('This command needs a shadow database: pass `shadowDatabase` (a connection string or a factory).');
      }
      if (typeof source === 'string') return connect(source, async () => undefined);
      const shadow = await source();
      return connect(shadow.connectionString, once(() => shadow.dispose()));
    },
  };
}

export async function openSchemaEngine(options: OpenSchemaEngineOptions): Promise<SchemaEngine> {
  const glue = await loadEngineModule();
  const cleanups: (() => Promise<void>)[] = [];
  const factory = bindMigrationAwareSqlAdapterFactory(createAdapterFactory(options, cleanups));
  const onLog = options.onLog ?? (() => undefined);

  let engine: Engine.SchemaEngine;
  try {
    // `datamodels` must be undefined or non-empty; every command we use passes its schema explicitly.
    engine = await glue.SchemaEngine.new({ datamodels: undefined }, (line: string) => onLog(line), factory);
  } catch (error) {
    await Promise.all(cleanups.map((cleanup) => cleanup()));
    throw describeEngineError(error, factory.errorRegistry);
  }

  // Call the methods on `engine` itself: a detached method loses its wasm-bindgen `this`
  // ("Cannot read properties of undefined (reading '__wbg_ptr')").
  const run = async <T>(command: () => Promise<T>): Promise<T> => {
    if (poisoned) throw poisoned;
    try {
      return await whileWatchingForPanics(command);
    } catch (error) {
      throw describeEngineError(error, factory.errorRegistry);
    }
  };

  return {
    applyMigrations: (input) => run(() => engine.applyMigrations(input)),
    diagnoseMigrationHistory: (input) => run(() => engine.diagnoseMigrationHistory(input)),
    diff: (params) => run(() => engine.diff(params)),
    version: () => run(() => engine.version()),
    close: once(async () => {
      try {
        engine.free();
      } catch {
        // After a panic the command that trapped still borrows the engine; leave it to the GC.
      }
      for (const cleanup of cleanups.reverse()) await cleanup();
    }),
  };
}

/** Set once the engine has panicked: the shared Wasm instance is then unusable for this process. */
let poisoned: Error | undefined;

/**
 * A Rust panic inside the engine's async code traps (`RuntimeError: unreachable`) in a microtask that
 * wasm-bindgen-futures queued, so it surfaces as an *uncaught exception*, not as a rejection of the
 * command's promise — by default the process dies there, before `close()` can drop a throwaway shadow
 * database. While a command runs we turn such a trap into the command's rejection; any other uncaught
 * exception is re-thrown untouched.
 */
async function whileWatchingForPanics<T>(command: () => Promise<T>): Promise<T> {
  let onUncaught: ((error: unknown) => void) | undefined;
  const panic = new Promise<never>((_, reject) => {
    onUncaught = (error: unknown) => {
      if (!(error instanceof WebAssembly.RuntimeError)) {
        if (onUncaught) process.removeListener('uncaughtException', onUncaught);
        process.nextTick(() => {
          throw error;
        });
        return;
      }
      poisoned = new Error('The schema engine panicked earlier in this process; start a new process to use it again.');
      reject(error);
    };
    process.on('uncaughtException', onUncaught);
  });
  try {
    return await Promise.race([command(), panic]);
  } finally {
    if (onUncaught) process.removeListener('uncaughtException', onUncaught);
  }
}

export class SchemaEngineError extends Error {
  override name = 'SchemaEngineError';
  /** Prisma's error code (e.g. P3005, P3018) when the engine gave one. */
  readonly code: string | undefined;
  constructor(message: string, code: string | undefined, cause: unknown) {
    super(message, { cause });
    this.code = code;
  }
}

/**
 * Engine errors are either user-facing (`{ code, message }`, e.g. P3018 "A migration failed to apply")
 * or `SchemaConnectorError`s. A JS error thrown inside the adapter reaches the engine only as an id in
 * the adapter's error registry, so we fetch the original to keep its message.
 */
function describeEngineError(error: unknown, registry: { consumeError(id: number): { error: unknown } | undefined }): SchemaEngineError {
  const panic = panicMessages.splice(0).join('\n');
  const message = `${error instanceof Error ? error.message : String(error)}${panic ? `\nSchema engine panicked: ${panic}` : ''}`;
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  const jsErrorId = /External error id#(\d+)/.exec(message)?.[1];
  const original = jsErrorId === undefined ? undefined : registry.consumeError(Number(jsErrorId))?.error;
  const detail = original instanceof Error ? `\nCaused by: ${original.message}` : '';
  return new SchemaEngineError(`${code ? `${code}: ` : ''}${message}${detail}`, code, original ?? error);
}
