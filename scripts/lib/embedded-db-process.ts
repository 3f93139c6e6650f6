// The embedded database in a process of its own, started by spawn-embedded-db.ts with an IPC channel.
//
// Why a separate process: PGlite runs queries synchronously on its thread. In the orchestrator's
// process a busy query or the closing checkpoint blocks the event loop, and `tsx` (our parent in
// `npm start`) SIGKILLs a child that does not acknowledge Ctrl-C within ~60 ms. A killed PGlite can
// leave a data dir that no longer opens (https://github.com/electric-sql/pglite/issues/327). Here the
// process is detached (its own process group: Ctrl-C in the terminal never reaches it) and closes
// PGlite cleanly when told to, when its parent goes away, or on SIGTERM/SIGINT/SIGHUP.
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../lib/db/embedded-server.ts';

export type ToParent = { type: 'ready'; url: string; port: number } | { type: 'failed'; message: string };
export type FromParent = { type: 'stop' };

const dataDir = process.argv[2];
if (!dataDir || !process.send) {
  console.error('Usage: started by scripts/lib/spawn-embedded-db.ts with an IPC channel and a data dir.');
  process.exit(2);
}
const send = (message: ToParent) => {
  if (process.connected) process.send?.(message);
};
let stopping = false;

// Settles once the server is up (or failed); stop() waits for it, so a stop during the first start
// (initdb) still ends with a cleanly closed PGlite rather than an exit in the middle of a write.
const started: Promise<EmbeddedPostgres | undefined> = startEmbeddedPostgres({ dataDir, log: (line) => console.log(line) }).then(
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

process.on('message', (message: FromParent) => {
  if (message.type === 'stop') void stop();
});
process.on('disconnect', () => void stop()); // the parent died or let go
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => void stop());

// A failed start ends the process (the parent has the message); a running one stays until stop().
if ((await started) === undefined) {
  stopping = true; // so the 'disconnect' below does not run stop() and exit 0
  if (process.connected) process.disconnect();
  process.exitCode = 1;
}
