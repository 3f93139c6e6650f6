// A PostgreSQL cluster of the test's own (initdb into a temp folder, its own port and socket folder),
// so a test may stop it hard and start it again without touching the machine's server on 5432.
// As root (CI), initdb and the server run as the `postgres` user: PostgreSQL refuses to run as root.
import { execFile, execFileSync } from 'node:child_process';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { isPortFree } from '../../../scripts/lib/ports.ts';

const run = promisify(execFile);
const BIN = process.env.PG_BIN_DIR ?? '/usr/lib/postgresql/15/bin';
const FIRST_PORT = 55433;

export interface PrivateCluster {
  /** postgresql://postgres@127.0.0.1:<port>/<database> */
  urlOf(database: string): string;
  /** `pg_ctl stop -m <mode>`: `immediate` is a crash (no checkpoint, recovery on the next start). */
  stop(mode: 'fast' | 'immediate'): Promise<void>;
  /** `pg_ctl start`, waiting until it accepts connections (after crash recovery, if any). */
  start(): Promise<void>;
  /** Stops it (immediately) and removes its folder. Safe to call more than once, and after a failed start. */
  destroy(): Promise<void>;
}

export async function startPrivateCluster(): Promise<PrivateCluster> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hoinghi-crash-pg-'));
  const dataDir = path.join(dir, 'data');
  const owner = process.getuid?.() === 0 ? postgresUser() : undefined;
  if (owner) await chown(dir, owner.uid, owner.gid);
  const pgCtl = (args: string[]) => run(path.join(BIN, 'pg_ctl'), ['-D', dataDir, ...args], { ...owner, timeout: 60_000 });
  let port = 0;

  // If the test process dies without its afterAll, do not leave a server running.
  const stopOnExit = () => {
    try {
      execFileSync(path.join(BIN, 'pg_ctl'), ['-D', dataDir, 'stop', '-m', 'immediate'], { ...owner, stdio: 'ignore' });
    } catch {
      // not running
    }
  };
  process.once('exit', stopOnExit);

  const cluster: PrivateCluster = {
    urlOf: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stop: async (mode) => void (await pgCtl(['stop', '-m', mode, '-w'])),
    start: async () => void (await pgCtl(['start', '-w', '-t', '60', '-l', path.join(dir, 'server.log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`])),
    destroy: async () => {
      process.removeListener('exit', stopOnExit);
      await pgCtl(['stop', '-m', 'immediate']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
  try {
    await run(path.join(BIN, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync', '--no-instructions'], { ...owner, timeout: 120_000 });
    port = await freePort();
    await cluster.start();
    return cluster;
  } catch (error) {
    await cluster.destroy();
    throw error;
  }
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

async function freePort(): Promise<number> {
  for (let port = FIRST_PORT; port < FIRST_PORT + 100; port++) {
    if (await isPortFree('127.0.0.1', port)) return port;
  }
  throw new Error(`no free port in ${FIRST_PORT}–${FIRST_PORT + 99}`);
}
