// `npm run db:backup` / `npm run db:restore` (issue 7, item 9): a backup restored into a fresh database
// gives back every row, the schema (indexes, constraints, the unaccent and pg_trgm extensions search
// needs) and the migration history, identical. The pg_dump round trip needs a real PostgreSQL server,
// so it runs in the PostgreSQL test run (and is reported skipped in the embedded one); the embedded
// round trip runs PGlite itself in temp folders, so it runs in both.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockDataDir } from '../../lib/db/data-dir-lock.ts';
import { startEmbeddedPostgres } from '../../lib/db/embedded-server.ts';
import { withClient } from '../../lib/db/with-client.ts';
import { detectBackupKind, exists, type BackupResult } from '../../scripts/lib/backup-files.ts';
import { backupEmbedded, restoreEmbedded } from '../../scripts/lib/embedded-backup.ts';
import { backupPostgres, parseToolMajorVersion, restorePostgres } from '../../scripts/lib/postgres-backup.ts';
import { migrateAndSeed } from '../../scripts/lib/test-databases.ts';
import { fingerprintDatabase, type DatabaseFingerprint } from '../helpers/database-fingerprint.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

let workDir: string;
beforeAll(async () => {
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hoinghi-backup-test-'));
});
afterAll(async () => {
  if (workDir) await fs.rm(workDir, { recursive: true, force: true });
});

async function sql(url: string, text: string): Promise<pg.QueryResultRow[]> {
  return withClient(url, async (client) => (await client.query(text)).rows);
}

/** Rows written after the seed, with Vietnamese text, a JSON column and the AuditLog sequence moved on. */
async function addRows(url: string): Promise<void> {
  await sql(
    url,
    `INSERT INTO "AuditLog" (action, entity, "entityId", after) VALUES
       ('backup.test', 'Backup', '1', '{"ghiChu": "Sao lưu trước Đại hội — Đảng ủy"}'),
       ('backup.test', 'Backup', '2', '{"ghiChu": "Khôi phục thử"}'),
       ('backup.test', 'Backup', '3', NULL);
     INSERT INTO "OutboxMessage" (id, "toAddress", subject, body)
       VALUES (gen_random_uuid(), 'vanphong@example.vn', 'Nhắc việc: báo cáo tiến độ', 'Hạn chót 31/12/2025');`,
  );
}

/** Search runs on search_fold (unaccent) and trigram indexes: it must work in the restored database. */
async function searchFinds(url: string): Promise<number> {
  const rows = await sql(url, `SELECT count(*)::int AS n FROM "Conference" WHERE public.search_fold("title") LIKE '%' || public.search_fold('hoi nghi') || '%'`);
  return Number(rows[0]?.n);
}

describe('the backup tools', () => {
  it('read the major version from `pg_dump --version`', () => {
    expect(parseToolMajorVersion('pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)')).toBe(15);
    expect(parseToolMajorVersion('pg_restore (PostgreSQL) 17.2')).toBe(17);
    expect(parseToolMajorVersion('something else')).toBeNull();
  });

  it('refuse to restore into a database that is not on this machine', async () => {
    const file = path.join(workDir, 'not-read.dump');
    await expect(restorePostgres({ connectionString: 'postgres://app@db.example.com:5432/hoinghi', file })).rejects.toThrow(/not this machine/);
  });

  it('refuse a file that is not a backup, and a backup of the other kind', async () => {
    const junk = path.join(workDir, 'junk.dump');
    await fs.writeFile(junk, 'not a backup');
    await expect(restorePostgres({ connectionString: 'postgres://postgres@127.0.0.1:5432/unused', file: junk })).rejects.toThrow(/not a backup/);
    await expect(restoreEmbedded({ dataDir: path.join(workDir, 'never'), file: junk })).rejects.toThrow(/not a backup/);
    const dump = path.join(workDir, 'fake.dump');
    await fs.writeFile(dump, 'PGDMP\u0001\u000e');
    await expect(restoreEmbedded({ dataDir: path.join(workDir, 'never'), file: dump })).rejects.toThrow(/PostgreSQL backup/);
    expect(await exists(path.join(workDir, 'never'))).toBe(false);
  });
});

describe.runIf(process.env.TEST_DB_KIND === 'postgres')('PostgreSQL: pg_dump backup, pg_restore into a new database (PostgreSQL runs only)', () => {
  let source: TestDatabase;
  let target: string;
  let adminUrl: string;
  let file: string;
  let backup: BackupResult;
  let sourceFingerprint: DatabaseFingerprint;

  beforeAll(async () => {
    source = await createTestDatabase();
    await addRows(source.url);
    sourceFingerprint = await fingerprintDatabase(source.url);
    expect(Object.keys(sourceFingerprint.tables).length).toBeGreaterThan(20);
    expect(sourceFingerprint.migrations.length).toBeGreaterThan(0);
    // Named after the run's template, so scripts/test.ts drops it if this file never gets to afterAll.
    const url = new URL(source.url);
    url.pathname = `${url.pathname}_r${randomBytes(3).toString('hex')}`;
    target = url.toString();
    url.pathname = '/postgres';
    adminUrl = url.toString();
    file = path.join(workDir, 'backups', 'hoinghi-test.dump');
    backup = await backupPostgres({ connectionString: source.url, file });
  });

  afterAll(async () => {
    if (target) await sql(adminUrl, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(decodeURIComponent(new URL(target).pathname.slice(1)))} WITH (FORCE)`);
    await source?.drop();
  });

  it('writes a pg_dump custom archive and counts what it holds', async () => {
    expect(await detectBackupKind(file)).toBe('pg_dump');
    expect(backup.bytes).toBe((await fs.stat(file)).size);
    expect(backup.summary.migrations.applied).toBe(sourceFingerprint.migrations.length);
    expect(backup.summary.rows).toContainEqual({ table: 'AuditLog', count: sourceFingerprint.tables.AuditLog?.rows });
    expect(await exists(`${file}.partial`)).toBe(false);
  });

  it('restores into a database that does not exist yet: every row, the schema and the migration history identical', async () => {
    const restored = await restorePostgres({ connectionString: target, file });
    expect(restored).toMatchObject({ created: true, replaced: false });
    expect(restored.summary).toEqual(backup.summary);
    const fingerprint = await fingerprintDatabase(target);
    expect(fingerprint).toEqual(sourceFingerprint);
    expect(Object.keys(fingerprint.extensions)).toEqual(expect.arrayContaining(['unaccent', 'pg_trgm']));
    expect(await searchFinds(target)).toBeGreaterThan(0);
    expect(await searchFinds(target)).toBe(await searchFinds(source.url));
  });

  it('refuses a database that holds tables, and with --force replaces them all', async () => {
    await sql(target, `INSERT INTO "AuditLog" (action, entity) VALUES ('written.after.restore', 'Backup')`);
    await expect(restorePostgres({ connectionString: target, file })).rejects.toThrow(/not empty \(\d+ tables\).*--force/);
    expect(await sql(target, `SELECT 1 FROM "AuditLog" WHERE action = 'written.after.restore'`)).toHaveLength(1);

    const restored = await restorePostgres({ connectionString: target, file, force: true });
    expect(restored).toMatchObject({ created: false, replaced: true });
    expect(await fingerprintDatabase(target)).toEqual(sourceFingerprint);
  });
});

describe('embedded database: PGlite dump backup, restore into another folder (every run)', () => {
  let source: string;
  let sourceFingerprint: DatabaseFingerprint;
  let backup: Promise<BackupResult> | undefined;
  const backupFile = () => path.join(workDir, 'backups', 'hoinghi-test.tar.gz');
  const backupOnce = () => (backup ??= backupEmbedded({ dataDir: source, file: backupFile() }));

  async function inDataDir<T>(dataDir: string, read: (url: string) => Promise<T>): Promise<T> {
    const server = await startEmbeddedPostgres({ dataDir });
    try {
      return await read(server.url);
    } finally {
      await server.stop();
    }
  }

  beforeAll(async () => {
    source = path.join(workDir, 'source', 'pglite');
    sourceFingerprint = await inDataDir(source, async (url) => {
      await migrateAndSeed(url, () => undefined);
      await addRows(url);
      return fingerprintDatabase(url);
    });
    expect(Object.keys(sourceFingerprint.tables).length).toBeGreaterThan(20);
    expect(sourceFingerprint.migrations.length).toBeGreaterThan(0);
  });

  it('restores into a new folder: every row, the schema and the migration history identical', async () => {
    const { summary, file, bytes } = await backupOnce();
    expect(await detectBackupKind(file)).toBe('embedded');
    expect(bytes).toBe((await fs.stat(file)).size);
    expect(summary.migrations.applied).toBe(sourceFingerprint.migrations.length);

    const target = path.join(workDir, 'new-machine', '.data', 'pglite');
    const restored = await restoreEmbedded({ dataDir: target, file });
    expect(restored.previous).toBeUndefined();
    expect(restored.summary).toEqual(summary);

    const [fingerprint, found] = await inDataDir(target, async (url) => [await fingerprintDatabase(url), await searchFinds(url)] as const);
    expect(fingerprint).toEqual(sourceFingerprint);
    expect(Object.keys(fingerprint.extensions)).toEqual(expect.arrayContaining(['unaccent', 'pg_trgm']));
    expect(found).toBeGreaterThan(0);
  });

  it('keeps the folder it replaces as <folder>.before-restore-<stamp>', async () => {
    const { file } = await backupOnce();
    const target = path.join(workDir, 'existing', 'pglite');
    await fs.cp(source, target, { recursive: true });
    await fs.writeFile(path.join(target, 'was-here.txt'), 'the folder before the restore');

    const restored = await restoreEmbedded({ dataDir: target, file, now: new Date(2026, 10, 26, 9, 30, 15) });
    expect(restored.previous).toBe(`${target}.before-restore-2026-11-26-093015`);
    expect(await fs.readFile(path.join(`${target}.before-restore-2026-11-26-093015`, 'was-here.txt'), 'utf8')).toBe('the folder before the restore');
    expect(await exists(path.join(target, 'was-here.txt'))).toBe(false);
    expect(await exists(path.join(target, 'PG_VERSION'))).toBe(true);
    const leftovers = (await fs.readdir(path.dirname(target))).filter((name) => name.includes('.restore-') || name.endsWith('.lock'));
    expect(leftovers).toEqual([]);
  });

  it('refuses a folder in use (a running `npm start`), for a backup and for a restore', async () => {
    const { file } = await backupOnce();
    const lock = await lockDataDir(source);
    try {
      const other = path.join(workDir, 'backups', 'while-in-use.tar.gz');
      await expect(backupEmbedded({ dataDir: source, file: other })).rejects.toThrow(/already in use/);
      expect(await exists(other)).toBe(false);
      await expect(restoreEmbedded({ dataDir: source, file })).rejects.toThrow(/already in use/);
      expect(await exists(path.join(source, 'PG_VERSION'))).toBe(true);
    } finally {
      await lock.release();
    }
  });

  it('refuses to overwrite a backup, and to back up a folder with no database', async () => {
    const { file } = await backupOnce();
    await expect(backupEmbedded({ dataDir: source, file })).rejects.toThrow(/already exists/);
    await expect(backupEmbedded({ dataDir: path.join(workDir, 'empty'), file: path.join(workDir, 'x.tar.gz') })).rejects.toThrow(/no embedded database/);
  });
});
