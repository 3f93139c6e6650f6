// The committed migrations build exactly prisma/schema.prisma, and applying them is idempotent and
// recorded as `prisma migrate deploy` records it. Runs on the server of TEST_DATABASE_URL /
// DATABASE_URL (default: local postgres) — a real PostgreSQL or a PGlite socket server.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, diffDatabaseToSchema, diffMigrationsToSchema, readMigrationsDirectory } from '../../lib/db/migrate.ts';
import { withClient } from '../../lib/db/with-client.ts';
import { adminConnectionString, freshDatabase, pgliteShadowDatabase, type FreshDatabase } from '../helpers/fresh-database.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const schemaPath = path.join(root, 'prisma', 'schema.prisma');
const migrationsDir = path.join(root, 'prisma', 'migrations');

async function committedMigrations(): Promise<string[]> {
  const list = await readMigrationsDirectory(migrationsDir);
  return list.migrationDirectories.map((directory) => directory.path);
}

describe('committed migrations', () => {
  let database: FreshDatabase;

  beforeAll(async () => {
    database = await freshDatabase(adminConnectionString());
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('apply to a fresh database, in order, and a second run applies nothing', async () => {
    const expected = await committedMigrations();
    expect(expected.length).toBeGreaterThan(0);

    const applied = await applyMigrations({ connectionString: database.connectionString, migrationsDir });
    expect(applied).toEqual(expected);

    const again = await applyMigrations({ connectionString: database.connectionString, migrationsDir });
    expect(again).toEqual([]);
  });

  it('are recorded in _prisma_migrations as prisma migrate deploy records them', async () => {
    const client = new pg.Client({ connectionString: database.connectionString });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string; checksum: string; finished: boolean; rolled_back: boolean; applied_steps_count: number }>(
        `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back, applied_steps_count
           FROM _prisma_migrations ORDER BY started_at, migration_name`,
      );
      const expected = await Promise.all(
        (await committedMigrations()).map(async (name) => ({
          migration_name: name,
          // Prisma's checksum: sha256 of migration.sql, hex.
          checksum: createHash('sha256').update(await fs.readFile(path.join(migrationsDir, name, 'migration.sql'))).digest('hex'),
          finished: true,
          rolled_back: false,
          applied_steps_count: 1,
        })),
      );
      expect(rows).toEqual(expected);
    } finally {
      await client.end();
    }
  });

  it('leave no drift between the migrated database and prisma/schema.prisma', async () => {
    expect(await diffDatabaseToSchema({ connectionString: database.connectionString, schemaPath })).toBe('');
  });

  it('replayed into a shadow database, match prisma/schema.prisma (what create-migration diffs)', async () => {
    // An in-memory PGlite shadow works whatever the server under test is; the engine's "main"
    // connection for a diff reads nothing, so the migrated test database serves.
    const drift = await diffMigrationsToSchema({
      schemaPath,
      migrationsDir,
      adminConnectionString: database.connectionString,
      shadowDatabase: pgliteShadowDatabase,
    });
    expect(drift).toBe('');
  });

  it('keep the hand-written CHECK constraints that guard meaning (docs/decisions/003-check-constraints.md)', async () => {
    const client = new pg.Client({ connectionString: database.connectionString });
    await client.connect();
    try {
      const { rows } = await client.query<{ conname: string }>(
        `SELECT conname FROM pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace`,
      );
      expect(rows.map((row) => row.conname).sort()).toEqual([
        'AgendaItem_duration_check', 'AgendaItem_position_check', 'CommitteeSeat_dates_check', 'Conclusion_number_check',
        'Conference_ends_after_start_check', 'Document_one_owner_check', 'Document_size_check', 'Invitation_route_check',
        'Invitee_member_or_guest_check', 'MemberTransfer_distinct_check', 'Organization_not_merged_into_itself_check',
        'Organization_not_own_parent_check', 'PasswordSetupToken_expiry_check', 'Target_range_check', 'TaskUpdate_progress_check', 'Task_cancel_reason_check', 'Task_dates_check', 'Task_progress_check',
        'Term_years_check', 'User_calendar_token_check', 'User_totp_enabled_check',
      ]);
      // And they bite: a progress of 101 is refused by the database itself.
      await expect(
        client.query(`INSERT INTO "TaskUpdate" (id, "taskId", "reportedOn", progress, status) VALUES (gen_random_uuid(), gen_random_uuid(), CURRENT_DATE, 101, 'IN_PROGRESS')`),
      ).rejects.toThrow(/TaskUpdate_progress_check/);
    } finally {
      await client.end();
    }
  });

  it('keep the hand-written search function and its expression indexes, which the schema cannot express (*_search_fold)', async () => {
    const client = new pg.Client({ connectionString: database.connectionString });
    await client.connect();
    try {
      const { rows } = await client.query<{ indexname: string }>(
        `SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE '%search_fold%'`,
      );
      expect(rows.map((row) => row.indexname).sort()).toEqual(['Conclusion_search_idx', 'Conference_search_idx', 'Member_search_idx', 'Plan_search_idx', 'Task_search_idx']);
      // The same folding on every server: diacritics, đ and case, whatever unaccent.rules and the locale say.
      const folded = await client.query<{ folded: string }>(`SELECT public.search_fold($1) AS folded`, ['Hội nghị sơ kết ĐẢNG ỦY Đức']);
      expect(folded.rows[0]?.folded).toBe('hoi nghi so ket dang uy duc');
    } finally {
      await client.end();
    }
  });
});

/**
 * A fresh database and a copy of the committed migrations before `first`: an installation that already
 * holds data has only those, then upgrades.
 */
function installationBefore(first: string): { database: FreshDatabase; earlier: string } {
  const installation = {} as { database: FreshDatabase; earlier: string };
  beforeAll(async () => {
    installation.database = await freshDatabase(adminConnectionString());
    installation.earlier = await fs.mkdtemp(path.join(os.tmpdir(), `migrations-before-${first}-`));
    await fs.copyFile(path.join(migrationsDir, 'migration_lock.toml'), path.join(installation.earlier, 'migration_lock.toml'));
    for (const name of await committedMigrations()) {
      if (name >= first) break;
      await fs.cp(path.join(migrationsDir, name), path.join(installation.earlier, name), { recursive: true });
    }
  });
  afterAll(async () => {
    await installation.database?.drop();
    if (installation.earlier) await fs.rm(installation.earlier, { recursive: true, force: true });
  });
  return installation;
}

describe('the migration that adds the organisation paths (20261206043456_organization_path_ids)', () => {
  const installation = installationBefore('20261206043456');

  it('fills the paths of the organisations and the tasks already there', async () => {
    await applyMigrations({ connectionString: installation.database.connectionString, migrationsDir: installation.earlier });
    const [top, branch, cell, other] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const [term, cellTask, topTask] = [randomUUID(), randomUUID(), randomUUID()];
    await withClient(installation.database.connectionString, async (client) => {
      await client.query(
        `INSERT INTO "Organization" (id, name, kind, "parentId", "updatedAt") VALUES
           ($1, 'Đảng bộ', 'GRASSROOTS_COMMITTEE', NULL, now()), ($2, 'Đảng bộ bộ phận', 'PARTIAL_COMMITTEE', $1, now()),
           ($3, 'Chi bộ', 'CELL', $2, now()), ($4, 'Chi bộ khác', 'CELL', $1, now())`,
        [top, branch, cell, other],
      );
      await client.query(`INSERT INTO "Term" (id, "organizationId", name, "congressNumber", "startYear", "endYear", "updatedAt") VALUES ($1, $2, 'Nhiệm kỳ', 1, 2025, 2030, now())`, [term, top]);
      await client.query(`INSERT INTO "Task" (id, title, "termId", "ownerOrganizationId", "updatedAt") VALUES ($1, 'Của chi bộ', $3, $4, now()), ($2, 'Của Đảng bộ', $3, $5, now())`, [cellTask, topTask, term, cell, top]);
      await client.query(`INSERT INTO "TaskCoOwner" ("taskId", "organizationId") VALUES ($1, $2)`, [cellTask, other]);
    });

    expect(await applyMigrations({ connectionString: installation.database.connectionString, migrationsDir })).toContain('20261206043456_organization_path_ids');

    await withClient(installation.database.connectionString, async (client) => {
      const organizations = await client.query<{ id: string; pathIds: string[] }>(`SELECT id, "pathIds" FROM "Organization"`);
      expect(Object.fromEntries(organizations.rows.map((row) => [row.id, row.pathIds]))).toEqual({
        [top]: [top], [branch]: [top, branch], [cell]: [top, branch, cell], [other]: [top, other],
      });
      const tasks = await client.query<{ id: string; unitPathIds: string[] }>(`SELECT id, "unitPathIds" FROM "Task"`);
      expect(Object.fromEntries(tasks.rows.map((row) => [row.id, row.unitPathIds]))).toEqual({
        [cellTask]: [top, branch, cell, other].sort(), [topTask]: [top],
      });
    });
  });
});

describe('the migration that adds the task tally (20261206071624_task_tally)', () => {
  const installation = installationBefore('20261206071624');

  it('counts the tasks already there, by owner and by subtree', async () => {
    await applyMigrations({ connectionString: installation.database.connectionString, migrationsDir: installation.earlier });
    const [top, cell, term] = [randomUUID(), randomUUID(), randomUUID()];
    await withClient(installation.database.connectionString, async (client) => {
      await client.query(`INSERT INTO "Organization" (id, name, kind, "parentId", "updatedAt") VALUES ($1, 'Đảng bộ', 'GRASSROOTS_COMMITTEE', NULL, now()), ($2, 'Chi bộ', 'CELL', $1, now())`, [top, cell]);
      await client.query(`INSERT INTO "Term" (id, "organizationId", name, "congressNumber", "startYear", "endYear", "updatedAt") VALUES ($1, $2, 'Nhiệm kỳ', 1, 2025, 2030, now())`, [term, top]);
      await client.query(
        `INSERT INTO "Task" (id, title, "termId", "ownerOrganizationId", status, "updatedAt")
         SELECT gen_random_uuid(), 'Nhiệm vụ ' || n, $1, CASE WHEN n % 2 = 0 THEN $2::uuid ELSE $3::uuid END, CASE WHEN n % 3 = 0 THEN 'DONE'::"TaskStatus" ELSE 'IN_PROGRESS'::"TaskStatus" END, now()
         FROM generate_series(1, 12) n`,
        [term, top, cell],
      );
    });

    expect(await applyMigrations({ connectionString: installation.database.connectionString, migrationsDir })).toContain('20261206071624_task_tally');

    await withClient(installation.database.connectionString, async (client) => {
      const tally = await client.query<{ owner: string; status: string; tasks: number }>(
        `SELECT "ownerOrganizationId" AS owner, status, sum(tasks)::int AS tasks FROM "TaskTally" GROUP BY 1, 2`,
      );
      expect(Object.fromEntries(tally.rows.map((row) => [`${row.owner} ${row.status}`, row.tasks]))).toEqual({
        [`${top} DONE`]: 2, [`${top} IN_PROGRESS`]: 4, [`${cell} DONE`]: 2, [`${cell} IN_PROGRESS`]: 4,
      });
      // By subtree: the top's holds every task, the cell's its own.
      const subtrees = await client.query<{ unit: string; status: string; tasks: number }>(
        `SELECT "organizationId" AS unit, status, sum(tasks)::int AS tasks FROM "SubtreeTaskTally" GROUP BY 1, 2`,
      );
      expect(Object.fromEntries(subtrees.rows.map((row) => [`${row.unit} ${row.status}`, row.tasks]))).toEqual({
        [`${top} DONE`]: 4, [`${top} IN_PROGRESS`]: 8, [`${cell} DONE`]: 2, [`${cell} IN_PROGRESS`]: 4,
      });
      // Emptied with the tasks, whichever way they go.
      await client.query(`TRUNCATE "Task" CASCADE`);
      const left = await client.query<{ rows: number }>(`SELECT (SELECT count(*) FROM "TaskTally") + (SELECT count(*) FROM "SubtreeTaskTally") AS rows`);
      expect(Number(left.rows[0]!.rows)).toBe(0);
    });
  });
});
