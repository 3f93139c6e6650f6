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
}

const ENTRY = fileURLToPath(new URL('./embedded-db-process.ts', import.meta.url));

export function spawnEmbeddedDb({ dataDir }: { dataDir: string }): Promise<EmbeddedDbProcess> {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), ENTRY, dataDir], {
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

  return new Promise((resolve, reject) => {
    child.on('message', (message: ToParent) => {
      if (message.type === 'ready') resolve({ url: message.url, port: message.port, pid: child.pid ?? -1, exited, stop });
      else reject(new Error(message.message));
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`The embedded database process exited during start (${signal ?? `code ${code}`}).`)));
  });
}
