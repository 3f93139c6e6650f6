import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import type { PublishConclusionsInput } from '../../schemas/conclusion.ts';
import { recordAudit } from '../audit.ts';
import { RuleViolationError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { CONCLUSION_AUDIT_SELECT, lockConclusionsOf } from './conclusion-rules.ts';

/**
 * Publishes every draft conclusion of a conference at once: each gets the same publication time and
 * its revision 1 (the text as published, with who published it). From then on a conclusion changes
 * only by a new revision (update-conclusion.ts). Refused unless the drafts are exactly the ones the
 * page showed, at the versions it showed: nobody publishes a text they have not read.
 */
export async function publishConclusions({ actor, conferenceId, shownDrafts }: { actor: Actor } & Pick<PublishConclusionsInput, 'conferenceId' | 'shownDrafts'>): Promise<{ published: number }> {
  requirePermission(actor, 'conclusion.publish');
  return db().$transaction(async (tx) => {
    await lockConclusionsOf(tx, actor, conferenceId, 'PUBLISH_CONCLUSIONS');
    const conclusions = await tx.conclusion.findMany({ where: { conferenceId }, orderBy: { number: 'asc' }, select: CONCLUSION_AUDIT_SELECT });
    if (conclusions.length === 0) throw new RuleViolationError('conclusion.noneToPublish');
    const drafts = conclusions.filter((conclusion) => !conclusion.publishedAt);
    if (drafts.length === 0) throw new RuleViolationError('conclusion.allPublished');
    const changed = firstUnseenChange(drafts, shownDrafts);
    if (changed) throw await staleRecordError(tx, 'Conclusion', changed);

    const publishedAt = now();
    const ids = drafts.map((draft) => draft.id);
    const { count } = await tx.conclusion.updateMany({ where: { id: { in: ids }, publishedAt: null }, data: { publishedAt, version: { increment: 1 } } });
    // Cannot differ under the conference lock; if it ever does, roll everything back rather than half-publish.
    if (count !== drafts.length) throw new Error(`Published ${count} of ${drafts.length} conclusions`);
    await tx.conclusionRevision.createMany({
      data: drafts.map((draft) => ({ conclusionId: draft.id, revision: 1, content: draft.content, authorId: actor.userId, createdAt: publishedAt })),
    });
    for (const draft of drafts) {
      await recordAudit(tx, {
        actor, action: 'conclusion.publish', entity: 'Conclusion', entityId: draft.id,
        before: draft, after: { ...draft, publishedAt, version: draft.version + 1, revision: 1 },
      });
    }
    return { published: drafts.length };
  });
}

/** The id of a draft added, changed, removed or published since the page was loaded; null if none. */
function firstUnseenChange(drafts: readonly { id: string; version: number }[], shown: readonly { id: string; version: number }[]): string | null {
  const shownVersions = new Map(shown.map((draft) => [draft.id, draft.version]));
  const current = new Set(drafts.map((draft) => draft.id));
  const changed = drafts.find((draft) => shownVersions.get(draft.id) !== draft.version);
  if (changed) return changed.id;
  return shown.find((draft) => !current.has(draft.id))?.id ?? null;
}
