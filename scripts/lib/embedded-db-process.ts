// The embedded database in a process of its own, started by spawn-embedded-db.ts with an IPC channel.
//
// Why a separate process: PGlite runs queries synchronously on its thread. In the orchestrator's
// process a busy query or the closing checkpoint blocks the event loop, and `tsx` (our parent in
// `npm start`) SIGKILLs a child that does not acknowledge Ctrl-C within ~60 ms. A killed PGlite can
// leave a data dir that no longer opens (https://github.com/electric-sql/pglite/issues/327). Here the
// process is detached (its own process group: Ctrl-C in the terminal never reaches it) and closes
// PGlite cleanly when told to, when its parent goes away, or on SIGTERM/SIGINT/SIGHUP.
import { dumpEmbedded, readDump, startEmbeddedPostgres, type EmbeddedPostgres } from '../../lib/db/embedded-server.ts';

export type ToParent =
  | { type: 'ready'; url: string; port: number }
  | { type: 'failed'; message: string }
  | { type: 'dumped' }
  | { type: 'dump-failed'; message: string };
/** `dump`: write the data folder as a gzip tarball to `file` (a backup, scripts/lib/embedded-backup.ts). */
export type FromParent = { type: 'stop' } | { type: 'dump'; file: string };

// argv: the data dir, and optionally a tarball to build it from (the folder must not hold a database yet).
const [dataDir, loadDump] = process.argv.slice(2);
if (!dataDir || !process.send) {
  console.error('Usage: started by scripts/lib/spawn-embedded-db.ts with an IPC channel, a data dir and optionally a dump to load.');
  process.exit(2);
}
const send = (message: ToParent) => {
  if (process.connected) process.send?.(message);
};
let stopping = false;

// Settles once the server is up (or failed); stop() waits for it, so a stop during the first start
// (initdb) still ends with a cleanly closed PGlite rather than an exit in the middle of a write.
const start = async () => {
  const loadDataDir = loadDump ? await readDump(loadDump) : undefined;
  return startEmbeddedPostgres({ dataDir, loadDataDir, log: (line) => console.log(line) });
};
const started: Promise<EmbeddedPostgres | undefined> = start().then(
  (server) => {
    if (!stopping) send({ type: 'ready', url: server.url, port: server.port });
    return server;
  },
  (error: unknown) => {
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    return undefined;
  },
);
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  try {
    await (await started)?.stop();
  } finally {
    if (process.connected) process.disconnect();
    process.exit(0);
  }
}

async function dump(file: string): Promise<void> {
  try {
    const server = await started;
    if (!server || stopping) throw new Error('The embedded database is not running.');
    // A checkpoint first, so the copy starts without replaying the write-ahead log.
    await server.pglite.exec('CHECKPOINT');
    await dumpEmbedded(server.pglite, file, 'gzip');
    send({ type: 'dumped' });
  } catch (error) {
    send({ type: 'dump-failed', message: error instanceof Error ? error.message : String(error) });
  }
}

process.on('message', (message: FromParent) => {
  if (message.type === 'stop') void stop();
  else if (message.type === 'dump') void dump(message.file);
});
process.on('disconnect', () => void stop()); // the parent died or let go
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => void stop());

// A failed start ends the process (the parent has the message); a running one stays until stop().
if ((await started) === undefined) {
  stopping = true; // so the 'disconnect' below does not run stop() and exit 0
  if (process.connected) process.disconnect();
  process.exitCode = 1;
}
