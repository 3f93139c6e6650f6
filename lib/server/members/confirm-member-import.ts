import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import { checkMemberRows, memberKey, type NewMember } from '../../domain/member-import.ts';
import { recordAudits } from '../audit.ts';
import { RuleViolationError } from '../errors.ts';
import { loadImportContext } from './load-import-context.ts';
import { openMemberImportPayload } from './member-import-payload.ts';

/** How many row numbers the refusal names before "…". */
const LINES_SHOWN = 10;

/**
 * Step 3 of an import: writes the rows the preview found valid, all in one transaction or none. The
 * rows come back signed from the preview (never as the browser may have edited them) and are checked
 * again against the data as it is now; if any of them has become invalid meanwhile (a unit closed,
 * the same person added by someone else, the actor's scope changed) nothing is written and the rows
 * are named. The units imported into are locked for the length of the transaction, so two imports
 * into the same unit run one after the other and the second sees the first's members as duplicates.
 *
 * One audit row per member created (entity Member, its id), each naming the file and row it came
 * from: a member's history then starts with its import like any other member's with its creation.
 */
export async function confirmMemberImport({ actor, payload }: { actor: Actor; payload: string }): Promise<{ created: number }> {
  requirePermission(actor, 'member.import');
  const data = openMemberImportPayload({ token: payload, userId: actor.userId, now: now() });
  if (data.rows.length === 0) throw new RuleViolationError('memberImport.nothingToImport');

  return db().$transaction(async (tx) => {
    const unitIds = [...new Set(checkMemberRows(data.rows, await loadImportContext(tx, actor)).flatMap((row) => (row.member ? [row.member.organizationId] : [])))].sort();
    // In id order, so that two imports locking overlapping units cannot deadlock.
    if (unitIds.length > 0) await tx.$queryRaw`SELECT id::text FROM "Organization" WHERE id = ANY(${unitIds}::uuid[]) ORDER BY id FOR UPDATE`;

    // Read again after the lock: another import may have committed while we waited.
    const checked = checkMemberRows(data.rows, await loadImportContext(tx, actor));
    const broken = checked.filter((row) => row.member === null).map((row) => row.line);
    if (broken.length > 0) {
      const lines = broken.slice(0, LINES_SHOWN).join(', ') + (broken.length > LINES_SHOWN ? ', …' : '');
      throw new RuleViolationError('memberImport.changed', { count: broken.length, lines });
    }

    const newMembers = checked.map((row) => row.member as NewMember);
    const created = await tx.member.createManyAndReturn({
      data: newMembers,
      select: { id: true, fullName: true, organizationId: true, title: true, email: true, phone: true, isPartyMember: true },
    });
    // Valid rows are unique by unit and folded name (the duplicate checks), so that key finds each one's row.
    const lineOf = new Map(checked.map((row) => [memberKey(row.member!.organizationId, row.member!.fullName), row.line]));
    await recordAudits(tx, actor, created.map((member) => ({
      action: 'member.import', entity: 'Member', entityId: member.id,
      after: { ...member, importedFrom: { fileName: data.fileName, sha256: data.sha256, line: lineOf.get(memberKey(member.organizationId, member.fullName)) } },
    })));
    return { created: created.length };
  }, { timeout: 60_000 });
}
