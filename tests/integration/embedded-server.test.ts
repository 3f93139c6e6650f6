// The `npm start` promise, checked on the embedded database: what is written survives a stop, a
// Ctrl-C, and even the death of the process that started it; nothing is left listening afterwards;
// and a second server never opens a folder that is in use.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockDataDir, lockPathFor } from '../../lib/db/data-dir-lock.ts';
import { startEmbeddedPostgres } from '../../lib/db/embedded-server.ts';
import { spawnEmbeddedDb } from '../../scripts/lib/spawn-embedded-db.ts';
import { withClient } from '../../lib/db/with-client.ts';

let workDir: string;
let initialised: string;

// initdb takes seconds; do it once and give every test a copy of the closed, initialised folder.
beforeAll(async () => {
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hoinghi-embedded-test-'));
  initialised = path.join(workDir, 'initialised');
  const server = await startEmbeddedPostgres({ dataDir: initialised });
  await server.stop();
});

afterAll(async () => {
  if (workDir) await fs.rm(workDir, { recursive: true, force: true });
});

async function freshDataDir(name: string): Promise<string> {
  const dir = path.join(workDir, name);
  await fs.cp(initialised, dir, { recursive: true });
  return dir;
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  return withClient(url, async (client) => (await client.query<T>(text, values)).rows);
}

async function writeNote(url: string, body: string): Promise<void> {
  await sql(url, 'CREATE TABLE IF NOT EXISTS note (id serial PRIMARY KEY, body text NOT NULL)');
  await sql(url, 'INSERT INTO note (body) VALUES ($1)', [body]);
}

async function notesIn(dataDir: string): Promise<string[]> {
  const server = await startEmbeddedPostgres({ dataDir });
  try {
    return (await sql<{ body: string }>(server.url, 'SELECT body FROM note ORDER BY id')).map((row) => row.body);
  } finally {
    await server.stop();
  }
}

function portIsClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

async function waitForExit(pid: number): Promise<void> {
  for (let waited = 0; waited < 15_000; waited += 50) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`process ${pid} is still running`);
}

describe('the embedded database', () => {
  it('keeps committed rows across a stop and a start, and serves unaccent', async () => {
    const dataDir = await freshDataDir('library');
    const first = await startEmbeddedPostgres({ dataDir });
    try {
      await writeNote(first.url, 'Hội nghị sơ kết giữa nhiệm kỳ');
      await sql(first.url, 'CREATE EXTENSION IF NOT EXISTS unaccent');
    } finally {
      await first.stop();
    }
    await expect(fs.access(lockPathFor(dataDir))).rejects.toThrow(); // the lock went with it

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      const rows = await sql<{ body: string; plain: string }>(second.url, 'SELECT body, unaccent(body) AS plain FROM note');
      expect(rows).toEqual([{ body: 'Hội nghị sơ kết giữa nhiệm kỳ', plain: 'Hoi nghi so ket giua nhiem ky' }]);
      expect(await sql(second.url, "SELECT unaccent('Đảng ủy') AS plain")).toEqual([{ plain: 'Dang uy' }]);
    } finally {
      await second.stop();
    }
  });

  it('refuses to open a folder another process holds, naming the lock', async () => {
    const dataDir = path.join(workDir, 'locked'); // refused before PGlite even looks at it
    const lock = await lockDataDir(dataDir);
    try {
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/already in use by process \d+.*\.lock/);
    } finally {
      await lock.release();
    }
  });

  it('closes cleanly on SIGINT: the process exits, the port is free, the data is there', async () => {
    const dataDir = await freshDataDir('sigint');
    const db = await spawnEmbeddedDb({ dataDir });
    await writeNote(db.url, 'written just before Ctrl-C');
    process.kill(db.pid, 'SIGINT');
    expect(await db.exited).toEqual({ code: 0, signal: null });
    expect(await portIsClosed(db.port)).toBe(true);
    expect(await notesIn(dataDir)).toEqual(['written just before Ctrl-C']);
  });

  it('closes cleanly when the process that started it is killed outright', async () => {
    const dataDir = await freshDataDir('orphaned');
    const fixture = fileURLToPath(new URL('./fixtures/hold-embedded-db.ts', import.meta.url));
    const holder = spawn(process.execPath, ['--import', 'tsx', fixture, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const { url, port, pid } = await new Promise<{ url: string; port: number; pid: number }>((resolve, reject) => {
      let out = '';
      holder.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n').find((candidate) => candidate.startsWith('{'));
        if (line) resolve(JSON.parse(line) as { url: string; port: number; pid: number });
      });
      holder.once('exit', (code) => reject(new Error(`holder exited early (${code})`)));
    });
    await writeNote(url, 'written before the parent died');

    holder.kill('SIGKILL'); // as if `npm start` were killed with -9: no chance to stop anything
    await waitForExit(pid);
    expect(await portIsClosed(port)).toBe(true);
    await expect(fs.access(lockPathFor(dataDir))).rejects.toThrow();
    expect(await notesIn(dataDir)).toEqual(['written before the parent died']);
  });
});
