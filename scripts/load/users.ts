// The users of `npm run test:load`: USERS attendee accounts added to the demo data in a few set-based
// INSERT … SELECT generate_series statements. User n is a member of one of the demo's units (its cells
// and partial committee, in turn), has the ATTENDEE role there, is invited to every demo conference that
// is not a draft (so it may read its page) and is the responsible person of TASKS_PER_USER tasks of its
// unit, in progress since a month (so it may report on them today). Nobody else reports on those tasks
// during the run, so a user's report is refused as stale only if the page it read showed an old version.
// Deterministic: every id is md5 of a name and the row number, every choice a function of the row number.
import type pg from 'pg';

export const TASKS_PER_USER = 2;

export interface LoadUser {
  userId: string;
  username: string;
  /** The conference whose page the user reads (the demo conferences, in turn). */
  conferenceId: string;
  taskIds: string[];
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Hữu', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hòa', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Phúc', 'Sơn', 'Thảo'];

export async function addLoadUsers(client: pg.Client, count: number): Promise<LoadUser[]> {
  const one = async <Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []) => (await client.query<Row>(sql, values)).rows[0]!;
  const units = (await client.query<{ id: string }>(`SELECT id FROM "Organization" WHERE kind IN ('CELL', 'PARTIAL_COMMITTEE') AND "deactivatedAt" IS NULL ORDER BY name, id`)).rows.map((row) => row.id);
  const conferences = (await client.query<{ id: string }>(`SELECT id FROM "Conference" WHERE status <> 'DRAFT' ORDER BY "startsAt", id`)).rows.map((row) => row.id);
  if (units.length === 0 || conferences.length === 0) throw new Error('The demo data has no unit or no conference to invite the load users to.');
  const term = (await one<{ id: string }>(`SELECT id FROM "Term" ORDER BY "startYear" LIMIT 1`)).id;
  const office = (await one<{ id: string }>(`SELECT id FROM "User" WHERE username = 'vanphong'`)).id;

  // Ids: md5 of a name, shaped as a version-4 UUID (zod's z.uuid() checks the version and variant digits).
  await client.query(
    `CREATE FUNCTION pg_temp.load_id(name text) RETURNS uuid IMMUTABLE LANGUAGE sql
     AS $$ SELECT overlay(overlay(md5(name) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`,
  );
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO "Member" (id, "fullName", "organizationId", title, "updatedAt")
     SELECT pg_temp.load_id('load-member-' || n),
       ($3::text[])[1 + n % 10] || ' ' || ($4::text[])[1 + n / 10 % 6] || ' ' || ($5::text[])[1 + n * 7 % 16],
       ($2::uuid[])[1 + (n - 1) % cardinality($2::uuid[])], 'Đảng viên', now()
     FROM generate_series(1, $1::int) n`,
    [count, units, FAMILY, MIDDLE, GIVEN],
  );
  // No password: the load test signs its users in with minted session cookies, never through the form.
  await client.query(
    `INSERT INTO "User" (id, "memberId", username, "passwordHash", "updatedAt")
     SELECT pg_temp.load_id('load-user-' || n), pg_temp.load_id('load-member-' || n), 'taithu' || lpad(n::text, 3, '0'), '!', now()
     FROM generate_series(1, $1::int) n`,
    [count],
  );
  await client.query(
    `INSERT INTO "UserRole" (id, "userId", role, "organizationId")
     SELECT pg_temp.load_id('load-role-' || n), pg_temp.load_id('load-user-' || n), 'ATTENDEE', m."organizationId"
     FROM generate_series(1, $1::int) n JOIN "Member" m ON m.id = pg_temp.load_id('load-member-' || n)`,
    [count],
  );
  await client.query(
    `INSERT INTO "Invitee" (id, "conferenceId", "memberId", rsvp, "rsvpAt", "updatedAt")
     SELECT pg_temp.load_id('load-invitee-' || c || '-' || n), c, pg_temp.load_id('load-member-' || n), 'ATTENDING', now(), now()
     FROM generate_series(1, $1::int) n, unnest($2::uuid[]) c`,
    [count, conferences],
  );
  await client.query(
    `INSERT INTO "Task" (id, title, description, "termId", "ownerOrganizationId", "responsibleMemberId",
       "startDate", "dueDate", status, progress, "createdById", "updatedAt")
     SELECT pg_temp.load_id('load-task-' || n || '-' || k), 'Nhiệm vụ tải thử ' || n || '.' || k, 'Nhiệm vụ của người dùng thử số ' || n,
       $3::uuid, m."organizationId", m.id, current_date - 30, current_date + 60, 'IN_PROGRESS', 10, $4::uuid, now()
     FROM generate_series(1, $1::int) n CROSS JOIN generate_series(1, $2::int) k JOIN "Member" m ON m.id = pg_temp.load_id('load-member-' || n)`,
    [count, TASKS_PER_USER, term, office],
  );
  await client.query('COMMIT');
  await client.query('ANALYZE');

  const rows = (
    await client.query<{ n: number; userId: string; username: string; taskIds: string[] }>(
      `SELECT n, pg_temp.load_id('load-user-' || n)::text AS "userId", 'taithu' || lpad(n::text, 3, '0') AS username,
         array(SELECT pg_temp.load_id('load-task-' || n || '-' || k)::text FROM generate_series(1, $2::int) k ORDER BY k) AS "taskIds"
       FROM generate_series(1, $1::int) n ORDER BY n`,
      [count, TASKS_PER_USER],
    )
  ).rows;
  return rows.map((row) => ({ userId: row.userId, username: row.username, conferenceId: conferences[(row.n - 1) % conferences.length]!, taskIds: row.taskIds }));
}
