// The multi-row writes the crash tests interrupt, made through the app's own use cases, and the
// all-or-nothing checks run afterwards. Shared by the SIGKILL test's child process (crash-writer.ts)
// and the PostgreSQL-stop test, which runs them in-process.
//
// Each write carries a tag, so the checks can find everything it wrote or left half-written:
// - a member import of IMPORT_ROWS rows: every member's title is `crash <tag>` and the file name in
//   its audit row is `crash-<tag>.csv`;
// - a conclusion round: the conference's CONCLUSIONS_PER_CONFERENCE drafts published at once (each
//   with its revision 1 and audit row), then a task from its first conclusion with CO_OWNERS co-owners.
import { createHash } from 'node:crypto';
import type { Actor } from '../../../lib/auth/load-actor.ts';
import type { Database } from '../../../lib/db/create-client.ts';
import { publishConclusions } from '../../../lib/server/conclusions/publish-conclusions.ts';
import { confirmMemberImport } from '../../../lib/server/members/confirm-member-import.ts';
import { signMemberImportPayload } from '../../../lib/server/members/member-import-payload.ts';
import { createTask } from '../../../lib/server/tasks/create-task.ts';

export const IMPORT_ROWS = 200;
export const CONCLUSIONS_PER_CONFERENCE = 5;
export const CO_OWNERS = 3;

/** Units of the demo data in the secretary's (vanphong) scope, by the name an import file gives. */
const IMPORT_UNITS = ['Chi bộ Văn phòng', 'Chi bộ Phòng LĐ-VL', 'Chi bộ Phòng Người có công', 'Chi bộ TT DVVL'];
const TASK_OWNER = 'Chi bộ Phòng LĐ-VL';
const TASK_CO_OWNERS = ['Chi bộ Văn phòng', 'Chi bộ TT DVVL', 'Chi bộ Phòng NCC'];

/** What the conclusion rounds need, made by the test before the writers start (prepareConclusionRounds). */
export interface ConclusionFixture {
  conferenceIds: string[];
  ownerOrganizationId: string;
  coOwnerIds: string[];
}

const importTitle = (tag: string) => `crash ${tag}`;
const importFile = (tag: string) => `crash-${tag}.csv`;

/** A member import of IMPORT_ROWS new people, through the app's confirmation step (one transaction). */
export async function importMembers(actor: Actor, tag: string): Promise<void> {
  const rows = Array.from({ length: IMPORT_ROWS }, (_, index) => ({
    line: index + 2,
    cells: {
      fullName: `Nguyễn Văn Thử ${tag} ${index}`, unit: IMPORT_UNITS[index % IMPORT_UNITS.length]!, title: importTitle(tag),
      email: `thu${index}.${tag}@example.vn`, phone: '', partyMember: index % 2 === 0 ? 'có' : 'không',
    },
  }));
  const payload = signMemberImportPayload({ userId: actor.userId, fileName: importFile(tag), sha256: createHash('sha256').update(tag).digest('hex'), rows, now: new Date() });
  const { created } = await confirmMemberImport({ actor, payload });
  if (created !== IMPORT_ROWS) throw new Error(`imported ${created} of ${IMPORT_ROWS}`);
}

/**
 * A conclusion round on its own conference: publish the drafts (one transaction), then turn the first
 * into a task with its co-owners (another). The tag is the conference's index in the fixture.
 */
export async function publishAndAssign(database: Database, actor: Actor, fixture: ConclusionFixture, index: number): Promise<void> {
  const conferenceId = fixture.conferenceIds[index];
  if (!conferenceId) throw new Error(`no conference ${index} prepared`);
  const drafts = await database.conclusion.findMany({ where: { conferenceId }, orderBy: { number: 'asc' }, select: { id: true, version: true, publishedAt: true } });
  if (drafts.some((draft) => draft.publishedAt === null)) {
    await publishConclusions({ actor, conferenceId, shownDrafts: drafts.filter((draft) => draft.publishedAt === null) });
  }
  await createTask({
    actor, conclusionId: drafts[0]!.id, planId: null, targetId: null,
    title: `Nhiệm vụ thử ${index}`, description: null, ownerOrganizationId: fixture.ownerOrganizationId, coOwnerIds: fixture.coOwnerIds,
    responsibleMemberId: null, startDate: new Date('2023-08-01T00:00:00Z'), dueDate: new Date('2025-06-30T00:00:00Z'), priority: 'NORMAL',
  });
}

/** `count` HELD conferences of the demo office, each with CONCLUSIONS_PER_CONFERENCE draft conclusions. */
export async function prepareConclusionRounds(database: Database, count: number): Promise<ConclusionFixture> {
  // The demo conference: hosted in the secretary's scope, under the plan whose term the task dates fall in.
  const demo = await database.conference.findFirstOrThrow({ where: { planId: { not: null } }, orderBy: { startsAt: 'asc' }, select: { hostOrganizationId: true, planId: true } });
  const conferenceIds: string[] = [];
  for (let index = 0; index < count; index++) {
    const { id } = await database.conference.create({
      data: {
        kind: 'REGULAR', title: `Hội nghị thử gián đoạn ${index}`, status: 'HELD', hostOrganizationId: demo.hostOrganizationId, planId: demo.planId,
        startsAt: new Date('2023-09-01T07:30:00+07:00'), endsAt: new Date('2023-09-01T11:00:00+07:00'),
        conclusions: { create: Array.from({ length: CONCLUSIONS_PER_CONFERENCE }, (_, number) => ({ number: number + 1, content: `Kết luận ${number + 1} của hội nghị thử ${index}` })) },
      },
      select: { id: true },
    });
    conferenceIds.push(id);
  }
  const units = await database.organization.findMany({ where: { shortName: { in: [TASK_OWNER, ...TASK_CO_OWNERS] } }, select: { id: true, shortName: true } });
  const unit = (name: string) => units.find((found) => found.shortName === name)?.id ?? fail(`no unit ${name}`);
  return { conferenceIds, ownerOrganizationId: unit(TASK_OWNER), coOwnerIds: TASK_CO_OWNERS.map(unit) };
}

export interface WriteOutcome {
  /** Writes found complete. */
  complete: number;
  /** Writes found not there at all. */
  absent: number;
  /** One line per write found half there: must stay empty. */
  broken: string[];
}

/** Every import tag either wrote all its members and their audit rows, or nothing. */
export async function checkImports(database: Database, tags: readonly string[]): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { complete: 0, absent: 0, broken: [] };
  for (const tag of tags) {
    const members = await database.member.findMany({ where: { title: importTitle(tag) }, select: { id: true } });
    const audits = await database.auditLog.findMany({ where: { action: 'member.import', after: { path: ['importedFrom', 'fileName'], equals: importFile(tag) } }, select: { entityId: true } });
    const memberIds = new Set(members.map((member) => member.id));
    const orphans = audits.filter((audit) => !memberIds.has(audit.entityId ?? ''));
    if (members.length === 0 && audits.length === 0) outcome.absent++;
    else if (members.length === IMPORT_ROWS && audits.length === IMPORT_ROWS && orphans.length === 0) outcome.complete++;
    else outcome.broken.push(`import ${tag}: ${members.length} members, ${audits.length} audit rows, ${orphans.length} audit rows without a member`);
  }
  return outcome;
}

/**
 * Every conference's publication is whole or absent (all drafts published with one time, a revision 1
 * and an audit row each; or none of these), and every task is whole (its co-owners and audit row).
 * A round counts as complete when both its writes are there.
 */
export async function checkConclusionRounds(database: Database, fixture: ConclusionFixture, indexes: readonly number[]): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { complete: 0, absent: 0, broken: [] };
  for (const index of indexes) {
    const conferenceId = fixture.conferenceIds[index]!;
    const conclusions = await database.conclusion.findMany({
      where: { conferenceId },
      select: { id: true, publishedAt: true, version: true, _count: { select: { revisions: true } }, tasks: { select: { id: true, _count: { select: { coOwners: true } } } } },
    });
    const ids = conclusions.map((conclusion) => conclusion.id);
    const publishAudits = await database.auditLog.count({ where: { action: 'conclusion.publish', entityId: { in: ids } } });
    const published = conclusions.filter((conclusion) => conclusion.publishedAt !== null);
    const publishTimes = new Set(published.map((conclusion) => conclusion.publishedAt!.getTime()));
    const revisions = conclusions.reduce((sum, conclusion) => sum + conclusion._count.revisions, 0);
    const tasks = conclusions.flatMap((conclusion) => conclusion.tasks);
    const taskAudits = await database.auditLog.count({ where: { action: 'task.create', entityId: { in: tasks.map((task) => task.id) } } });
    const problems: string[] = [];
    const nonePublished = published.length === 0 && revisions === 0 && publishAudits === 0 && conclusions.every((conclusion) => conclusion.version === 1);
    const allPublished = published.length === CONCLUSIONS_PER_CONFERENCE && publishTimes.size === 1 && revisions === CONCLUSIONS_PER_CONFERENCE
      && publishAudits === CONCLUSIONS_PER_CONFERENCE && conclusions.every((conclusion) => conclusion.version === 2);
    if (conclusions.length !== CONCLUSIONS_PER_CONFERENCE || (!nonePublished && !allPublished)) {
      problems.push(`${conclusions.length} conclusions, ${published.length} published at ${publishTimes.size} time(s), ${revisions} revisions, ${publishAudits} audit rows`);
    }
    if (tasks.length > 1 || tasks.some((task) => task._count.coOwners !== CO_OWNERS) || taskAudits !== tasks.length || (tasks.length > 0 && !allPublished)) {
      problems.push(`${tasks.length} task(s) with ${tasks.map((task) => task._count.coOwners).join('/')} co-owners, ${taskAudits} task audit rows`);
    }
    if (problems.length > 0) outcome.broken.push(`conference ${index}: ${problems.join('; ')}`);
    else if (allPublished && tasks.length === 1) outcome.complete++;
    else if (nonePublished) outcome.absent++;
    // Published but no task yet: killed between the round's two transactions, each whole. Neither count.
  }
  return outcome;
}

/**
 * Nothing left holding rows after the writers died: no session idle in a transaction on this database
 * (PostgreSQL ends a dead client's backend when its socket closes; wait a moment for it), and every
 * row the writers lock can be locked at once (NOWAIT), which also holds on the embedded server, where
 * pg_stat_activity does not show the clients.
 */
export async function findLeftoverLocks(database: Database, conferenceIds: readonly string[]): Promise<string[]> {
  let stuck: { pid: number; state: string }[] = [];
  for (let waited = 0; waited <= 5_000; waited += 100) {
    stuck = await database.$queryRaw<{ pid: number; state: string }[]>`
      SELECT pid, state FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'`;
    if (stuck.length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const problems = stuck.map((session) => `session ${session.pid} ${session.state}`);
  try {
    await database.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Organization" FOR UPDATE NOWAIT`;
      await tx.$queryRaw`SELECT id FROM "Conference" WHERE id = ANY(${[...conferenceIds]}::uuid[]) FOR UPDATE NOWAIT`;
      await tx.$queryRaw`SELECT id FROM "Conclusion" WHERE "conferenceId" = ANY(${[...conferenceIds]}::uuid[]) FOR UPDATE NOWAIT`;
    });
  } catch (error) {
    problems.push(`rows still locked: ${error instanceof Error ? error.message : String(error)}`);
  }
  return problems;
}

function fail(message: string): never {
  throw new Error(message);
}
