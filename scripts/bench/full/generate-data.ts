// The two data sets of `npm run bench` (issue 7): S, about 50 organisations, 2,000 members, 200
// conferences with an agenda and 60 invitees each, 10,000 tasks; L, ten times each. Added to the demo
// data (its accounts, the secretary's organisation tree) in a handful of set-based INSERT … SELECT
// generate_series statements. Deterministic: every id is md5 of a name and a row number, every choice a
// function of the row number, so S and L have the same shapes where the pages look (the measured
// conference has the same agenda and invitees, the measured unit the same number of tasks) and differ
// only in how much surrounds them.
import type pg from 'pg';

export interface Scale {
  label: 'S' | 'L';
  organizations: number;
  members: number;
  conferences: number;
  tasks: number;
}

export const SCALES: Record<'S' | 'L', Scale> = {
  S: { label: 'S', organizations: 50, members: 2_000, conferences: 200, tasks: 10_000 },
  L: { label: 'L', organizations: 500, members: 20_000, conferences: 2_000, tasks: 100_000 },
};

export const AGENDA_ITEMS = 8;
export const INVITEES = 60;
export const CONCLUSIONS = 3;
/** The conference and the unit the pages show, by row number: the same at both scales. */
export const MEASURED_CONFERENCE = 7;
export const MEASURED_UNIT = 7;

/** What the pages and the server action need to know about a generated data set. */
export interface Generated {
  conferenceId: string;
  unitId: string;
  secretaryUserId: string;
  /** Tasks of the measured unit that may take a progress report today (started, in progress). */
  reportableTaskIds: string[];
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Hữu', 'Ngọc', 'Quốc', 'Kim'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hòa', 'Hùng', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phúc', 'Quang', 'Sơn', 'Tâm', 'Thảo'];

export async function generateData(client: pg.Client, scale: Scale): Promise<Generated> {
  const { organizations: O, members: M, conferences: C, tasks: T } = scale;
  const one = async <Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []) => (await client.query<Row>(sql, values)).rows[0]!;
  const department = (await one<{ id: string }>(`SELECT id FROM "Organization" WHERE symbol = 'ĐUSLĐTBXH'`)).id;
  const secretary = (await one<{ id: string }>(`SELECT id FROM "User" WHERE username = 'vanphong'`)).id;
  const term = await one<{ id: string; organizationId: string }>(`SELECT id, "organizationId" FROM "Term" ORDER BY "startYear" LIMIT 1`);

  // Ids: md5 of a name, shaped as a version-4 UUID (zod's z.uuid() checks the version and variant digits).
  await client.query(
    `CREATE FUNCTION pg_temp.bench_id(name text) RETURNS uuid IMMUTABLE LANGUAGE sql
     AS $$ SELECT overlay(overlay(md5(name) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`,
  );
  await client.query('BEGIN');
  const nextTerm = (
    await one<{ id: string }>(
      `INSERT INTO "Term" (id, "organizationId", name, "congressNumber", "startYear", "endYear", "updatedAt")
       VALUES (pg_temp.bench_id('bench-term'), $1, 'Nhiệm kỳ 2025 – 2030', 6, 2025, 2030, now()) RETURNING id`,
      [term.organizationId],
    )
  ).id;
  // Every tenth organisation is a partial committee under the department, the others cells under one of those.
  await client.query(
    `INSERT INTO "Organization" (id, name, "shortName", kind, "parentId", "updatedAt")
     SELECT pg_temp.bench_id('bench-org-' || n),
       CASE WHEN n % 10 = 0 THEN 'Đảng bộ bộ phận thử số ' ELSE 'Chi bộ thử số ' END || n,
       CASE WHEN n % 10 = 0 THEN 'ĐBBP thử ' ELSE 'CB thử ' END || n,
       (CASE WHEN n % 10 = 0 THEN 'PARTIAL_COMMITTEE' ELSE 'CELL' END)::"OrganizationKind",
       CASE WHEN n % 10 = 0 THEN $2::uuid ELSE pg_temp.bench_id('bench-org-' || (10 * (1 + n % ($1::int / 10)))) END,
       now()
     FROM generate_series(1, $1::int) n`,
    [O, department],
  );
  // Member n belongs to organisation 1 + (n - 1) % O.
  await client.query(
    `INSERT INTO "Member" (id, "fullName", "organizationId", title, "updatedAt")
     SELECT pg_temp.bench_id('bench-member-' || n),
       ($3::text[])[1 + n % 10] || ' ' || ($4::text[])[1 + n / 10 % 8] || ' ' || ($5::text[])[1 + n / 80 % 20],
       pg_temp.bench_id('bench-org-' || (1 + (n - 1) % $2::int)), 'Đảng viên số ' || n, now()
     FROM generate_series(1, $1::int) n`,
    [M, O, FAMILY, MIDDLE, GIVEN],
  );
  // Conference c: hosted by organisation 1 + (c - 1) % O, between 2021 and 2030, concluded once past.
  await client.query(
    `CREATE TEMP TABLE bench_conf ON COMMIT DROP AS
     SELECT c, pg_temp.bench_id('bench-conf-' || c) AS id, 1 + (c - 1) % $2::int AS host,
       timestamptz '2021-01-04 08:00+07' + (c * 37 % 3650) * interval '1 day' AS starts
     FROM generate_series(1, $1::int) c`,
    [C, O],
  );
  await client.query(
    `INSERT INTO "Conference" (id, kind, title, status, "startsAt", "endsAt", venue, "hostOrganizationId", "secretaryMemberId", "updatedAt")
     SELECT id, 'REGULAR', 'Hội nghị thử số ' || c, (CASE WHEN starts < now() THEN 'CONCLUDED' ELSE 'SCHEDULED' END)::"ConferenceStatus",
       starts, starts + interval '3 hours', 'Hội trường ' || (1 + c % 5), pg_temp.bench_id('bench-org-' || host), pg_temp.bench_id('bench-member-' || host), now()
     FROM bench_conf`,
  );
  await client.query(`INSERT INTO "ConferenceChair" ("conferenceId", "memberId", position) SELECT id, pg_temp.bench_id('bench-member-' || (host + $1::int)), 1 FROM bench_conf`, [O]);
  await client.query(
    `INSERT INTO "AgendaItem" (id, "conferenceId", position, "startsAt", "durationMinutes", title, "presenterMemberId", "updatedAt")
     SELECT pg_temp.bench_id('bench-agenda-' || c || '-' || p), id, p, starts + (p - 1) * interval '20 minutes', 20,
       'Nội dung thử số ' || p || ' của hội nghị ' || c, pg_temp.bench_id('bench-member-' || (host + $2::int * (p % ($3::int / $2::int)))), now()
     FROM bench_conf, generate_series(1, $1::int) p`,
    [AGENDA_ITEMS, O, M],
  );
  await client.query(
    `INSERT INTO "Invitee" (id, "conferenceId", "memberId", rsvp, attendance, "updatedAt")
     SELECT pg_temp.bench_id('bench-invitee-' || c || '-' || i), id, pg_temp.bench_id('bench-member-' || (1 + ((c - 1) * $1::int + i) % $2::int)),
       (CASE WHEN (c + i) % 10 < 7 THEN 'ATTENDING' WHEN (c + i) % 10 < 9 THEN 'DECLINED' ELSE 'PENDING' END)::"RsvpStatus",
       (CASE WHEN starts >= now() THEN NULL WHEN (c + i) % 10 < 7 THEN 'PRESENT' WHEN (c + i) % 10 < 8 THEN 'LATE' ELSE 'EXCUSED' END)::"AttendanceStatus",
       now()
     FROM bench_conf, generate_series(0, $1::int - 1) i`,
    [INVITEES, M],
  );
  await client.query(
    `INSERT INTO "Conclusion" (id, "conferenceId", number, content, "publishedAt", "updatedAt")
     SELECT pg_temp.bench_id('bench-conclusion-' || c || '-' || k), id, k, 'Kết luận thử số ' || k || ' của hội nghị ' || c,
       CASE WHEN starts < now() THEN starts + interval '3 hours' END, now()
     FROM bench_conf, generate_series(1, $1::int) k`,
    [CONCLUSIONS],
  );
  // Task n: owned by organisation 1 + n % O, its responsible person a member of that organisation; one in
  // ten made from a conclusion. Statuses as in scripts/bench/tasks.ts (past mostly done, future open).
  await client.query(
    `WITH g AS (
       SELECT n, (date '2021-01-01' + (n * 7919 % 3650))::date AS due, (n * 31 + n / 97) % 100 AS roll, 1 + n % $2::int AS owner FROM generate_series(1, $1::int) n
     ), s AS (
       SELECT n, due, roll, owner,
         CASE WHEN due < current_date - 30 THEN
                CASE WHEN roll < 84 THEN 'DONE' WHEN roll < 89 THEN 'CANCELLED' WHEN roll < 95 THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END
              WHEN due < current_date + 60 THEN
                CASE WHEN roll < 40 THEN 'DONE' WHEN roll < 80 THEN 'IN_PROGRESS' WHEN roll < 85 THEN 'PAUSED' ELSE 'NOT_STARTED' END
              ELSE CASE WHEN roll < 5 THEN 'DONE' WHEN roll < 40 THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END
         END::"TaskStatus" AS status
       FROM g
     )
     INSERT INTO "Task" (id, title, description, "termId", "conclusionId", "ownerOrganizationId", "responsibleMemberId",
       "startDate", "dueDate", priority, status, progress, "cancelReason", "createdById", "createdAt", "updatedAt")
     SELECT pg_temp.bench_id('bench-task-' || n), 'Nhiệm vụ thử số ' || n, 'Nội dung nhiệm vụ thử số ' || n,
       CASE WHEN extract(year FROM due) < 2025 THEN $4::uuid ELSE $5::uuid END,
       CASE WHEN n % 10 = 0 THEN pg_temp.bench_id('bench-conclusion-' || (1 + n / 10 % $6::int) || '-' || (1 + n / 10 % $7::int)) END,
       pg_temp.bench_id('bench-org-' || owner),
       pg_temp.bench_id('bench-member-' || (owner + $2::int * (n / $2::int % ($3::int / $2::int)))),
       due - (30 + n % 150), due,
       (ARRAY['LOW','NORMAL','NORMAL','HIGH','URGENT']::"TaskPriority"[])[1 + n % 5],
       status,
       CASE status WHEN 'DONE' THEN 100 WHEN 'IN_PROGRESS' THEN 10 + roll * 8 / 10 WHEN 'PAUSED' THEN 30 ELSE 0 END,
       CASE WHEN status = 'CANCELLED' THEN 'Không còn phù hợp' END,
       $8::uuid, (due - (30 + n % 150))::timestamptz, (due - n % 30)::timestamptz
     FROM s`,
    [T, O, M, term.id, nextTerm, C, CONCLUSIONS, secretary],
  );
  // One co-owner for one task in five (another organisation), one progress report for one in eight that has started.
  await client.query(
    `INSERT INTO "TaskCoOwner" ("taskId", "organizationId")
     SELECT pg_temp.bench_id('bench-task-' || n), pg_temp.bench_id('bench-org-' || (1 + (n * 7 + 3) % $2::int))
     FROM generate_series(5, $1::int, 5) n WHERE (n * 7 + 3) % $2::int <> n % $2::int`,
    [T, O],
  );
  await client.query(
    `INSERT INTO "TaskUpdate" (id, "taskId", "authorId", "reportedOn", progress, status, note)
     SELECT pg_temp.bench_id('bench-update-' || t.id), t.id, $1::uuid, t."startDate" + 10, t.progress, t.status, 'Báo cáo tiến độ thử'
     FROM "Task" t WHERE t.title LIKE 'Nhiệm vụ thử số %' AND substring(t.title FROM 17)::int % 8 = 0
       AND t.status IN ('IN_PROGRESS', 'PAUSED', 'DONE') AND t."startDate" + 10 <= current_date`,
    [secretary],
  );
  await client.query('COMMIT');
  // As the daily job would fold the task tallies (decision 019), and autovacuum would soon after the bulk
  // insert (PostgreSQL ≥ 13 vacuums after inserts too): the GIN index on Task.unitIds takes its pending
  // entries in (until then every search scans them one by one: 18 ms for one unit's tasks at L), and the
  // visibility map lets counts be index-only scans.
  await client.query('SELECT task_tally_compact()');
  await client.query('VACUUM ANALYZE');

  const unitId = (await one<{ id: string }>(`SELECT pg_temp.bench_id('bench-org-' || $1) AS id`, [MEASURED_UNIT])).id;
  const reportable = await client.query<{ id: string }>(
    `SELECT id FROM "Task" WHERE "ownerOrganizationId" = $1 AND status = 'IN_PROGRESS' AND "startDate" < current_date - 1 ORDER BY id`,
    [unitId],
  );
  return {
    conferenceId: (await one<{ id: string }>(`SELECT pg_temp.bench_id('bench-conf-' || $1) AS id`, [MEASURED_CONFERENCE])).id,
    unitId,
    secretaryUserId: secretary,
    reportableTaskIds: reportable.rows.map((row) => row.id),
  };
}
