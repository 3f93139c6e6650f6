// Starts embedded-db-process.ts and talks to it over IPC. See that file for why it is a process.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildExit } from './child-process.ts';
import type { FromParent, ToParent } from './embedded-db-process.ts';

export interface EmbeddedDbProcess {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** Settles when the process has exited (after stop(), a signal, or its parent going away). */
  readonly exited: Promise<ChildExit>;
  /** Asks the process to close PGlite and waits for it to exit, however long the checkpoint takes. */
  stop(): Promise<void>;
  /** Writes the whole data folder to `file` as a gzip tarball (PGlite's dumpDataDir), one dump at a time. */
  dump(file: string): Promise<void>;
}

export interface SpawnEmbeddedDbOptions {
  dataDir: string;
  /** A tarball (`dump()`) to build `dataDir` from; the folder must not hold a database yet. */
  loadDump?: string;
}

const ENTRY = fileURLToPath(new URL('./embedded-db-process.ts', import.meta.url));

export function spawnEmbeddedDb({ dataDir, loadDump }: SpawnEmbeddedDbOptions): Promise<EmbeddedDbProcess> {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), ENTRY, dataDir, ...(loadDump ? [loadDump] : [])], {
    // Own process group: Ctrl-C in the terminal goes to the app and to us, never straight to the database.
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    windowsHide: true,
  });
  const exited = new Promise<ChildExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.connected) {
      child.send({ type: 'stop' } satisfies FromParent);
    }
    await exited;
  };

  let dumping: { resolve: () => void; reject: (error: Error) => void } | undefined;
  void exited.then(() => dumping?.reject(new Error('The embedded database process exited during the dump.')));
  const dump = async (file: string) => {
    if (dumping) throw new Error('A dump is already running.');
    if (!child.connected) throw new Error('The embedded database process is not running.');
    try {
      await new Promise<void>((resolve, reject) => {
        dumping = { resolve, reject };
        child.send({ type: 'dump', file } satisfies FromParent);
      });
    } finally {
      dumping = undefined;
    }
  };

  return new Promise((resolve, reject) => {
    child.on('message', (message: ToParent) => {
      if (message.type === 'ready') resolve({ url: message.url, port: message.port, pid: child.pid ?? -1, exited, stop, dump });
      else if (message.type === 'failed') reject(new Error(message.message));
      else if (message.type === 'dumped') dumping?.resolve();
      else dumping?.reject(new Error(message.message));
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`The embedded database process exited during start (${signal ?? `code ${code}`}).`)));
  });
}
