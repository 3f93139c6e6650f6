// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) served over the PostgreSQL wire
// protocol on a loopback port, so the app, Prisma and `pg` talk to it exactly as to a real server.
// Docs: https://pglite.dev/docs/pglite-socket
import fs from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir, type DataDirLock } from './data-dir-lock.ts';

/**
 * Contrib extensions compiled into the PGlite package that our migrations may `CREATE EXTENSION`.
 * Each must be loaded when PGlite starts, including when it starts from a dump.
 * `unaccent`: diacritic-insensitive Vietnamese search ("Đảng ủy" → "Dang uy"); `pg_trgm`: the trigram
 * indexes that serve it (prisma/migrations/*_search_fold).
 */
export const EMBEDDED_EXTENSIONS = { unaccent, pg_trgm };

export interface StartEmbeddedPostgresOptions {
  /** A folder kept between runs; undefined = in memory, gone on stop. */
  dataDir?: string;
  /** 0 or undefined: a free port chosen by the OS. */
  port?: number;
  /**
   * A tarball from `dumpEmbedded`: without `dataDir`, an in-memory copy of another database; with it,
   * a new data folder built from the tarball (the folder must not hold a database yet).
   */
  loadDataDir?: Blob;
  /** Connections admitted at once (default 4, see below); each client should use a single one. */
  maxConnections?: number;
  log?: (line: string) => void;
}

export interface EmbeddedPostgres {
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  readonly url: string;
  readonly port: number;
  readonly pglite: PGlite;
  /** Closes the socket server, then PGlite (which checkpoints, so the data dir is consistent). Idempotent. */
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';

export async function startEmbeddedPostgres(options: StartEmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const { port = 0, loadDataDir, maxConnections = 4, log = () => undefined } = options;
  const dataDir = options.dataDir === undefined ? undefined : path.resolve(options.dataDir);
  const lock = dataDir ? await lockDataDir(dataDir) : undefined;
  let pglite: PGlite | undefined;
  try {
    if (dataDir && !loadDataDir) await initialiseDataDirOnce(dataDir, log);
    const db = await PGlite.create({ dataDir, loadDataDir, extensions: EMBEDDED_EXTENSIONS });
    pglite = db;
    // The server multiplexes its clients onto PGlite's single backend message by message, so two
    // clients busy at the same moment can interleave their extended-protocol batches, and a transaction
    // open on one blocks all others (https://github.com/electric-sql/pglite/issues/1046). Hence every
    // client uses ONE connection (the app: DATABASE_POOL_MAX=1). The server admits a few more than the
    // clients need at once: the migrator holds two sessions (one idle), the e2e fixtures read while the
    // app holds its one, and node-postgres destroys a connection after any query error and opens a new
    // one at once — before the server has freed the old slot. With no spare slot that reconnect is
    // refused ("Connection terminated unexpectedly") and the next query after, say, a CHECK violation fails.
    const server = new PGLiteSocketServer({ db, host: HOST, port, maxConnections });
    await server.start();
    const boundPort = Number(server.getServerConn().split(':').pop());
    return {
      url: `postgresql://postgres@${HOST}:${boundPort}/postgres`,
      port: boundPort,
      pglite: db,
      stop: once(() => stopInOrder(server, db, lock)),
    };
  } catch (error) {
    await pglite?.close().catch(() => undefined);
    await lock?.release();
    throw error;
  }
}

async function stopInOrder(server: PGLiteSocketServer, pglite: PGlite, lock: DataDirLock | undefined): Promise<void> {
  try {
    await server.stop();
    // stop() has queued a ROLLBACK for a client caught inside a transaction; close() takes PGlite's
    // query lock after it, so that runs first and the checkpoint sees a clean state.
    await pglite.close();
  } finally {
    await lock?.release();
  }
}

/**
 * A tarball of the whole cluster. 'none' (the default) is uncompressed: it loads faster than gzip, for
 * temp files; backups use 'gzip' (scripts/lib/embedded-backup.ts). Start a copy with
 * `startEmbeddedPostgres({ loadDataDir: await readDump(file) })`.
 */
export async function dumpEmbedded(pglite: PGlite, file: string, compression: 'none' | 'gzip' = 'none'): Promise<void> {
  const tarball = await pglite.dumpDataDir(compression);
  await fs.writeFile(file, new Uint8Array(await tarball.arrayBuffer()));
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** A dump read back; gzip is recognised by its first bytes, so PGlite unzips it whatever the file's name. */
export async function readDump(file: string): Promise<Blob> {
  const bytes = new Uint8Array(await fs.readFile(file));
  const gzipped = GZIP_MAGIC.every((byte, index) => bytes[index] === byte);
  return new Blob([bytes], gzipped ? { type: 'application/gzip' } : {});
}

/**
 * The first start runs initdb (several seconds). If it is interrupted, PGlite is left with a
 * half-written folder that aborts every later open (https://github.com/aws-devtools-labs/aws-blocks/issues/98),
 * so build it beside the target and rename it into place only once PGlite has closed it cleanly.
 */
async function initialiseDataDirOnce(dataDir: string, log: (line: string) => void): Promise<void> {
  const parent = path.dirname(dataDir);
  const base = path.basename(dataDir);
  await fs.mkdir(parent, { recursive: true });
  // Leftovers of an interrupted first start (we hold the lock, so nobody else is writing them).
  for (const entry of await fs.readdir(parent)) {
    if (entry.startsWith(`${base}.init-`)) await fs.rm(path.join(parent, entry), { recursive: true, force: true });
  }
  if (await exists(path.join(dataDir, 'PG_VERSION'))) return;
  if (await exists(dataDir)) {
    if ((await fs.readdir(dataDir)).length > 0) {
      throw new Error(`${dataDir} is not an embedded database folder (it has no PG_VERSION). Move it away and start again.`);
    }
    await fs.rmdir(dataDir); // an empty folder someone made: initialise it the safe way below
  }
  log(`Creating the database in ${dataDir} (first start only)…`);
  const staging = path.join(parent, `${base}.init-${process.pid}`);
  const fresh = await PGlite.create({ dataDir: staging, extensions: EMBEDDED_EXTENSIONS });
  await fresh.close();
  await fs.rename(staging, dataDir);
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= fn());
}
