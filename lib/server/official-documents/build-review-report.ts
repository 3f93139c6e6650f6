import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { resolutionScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import { conferenceDay } from '../../documents/conference-facts.ts';
import { buildReviewReportDocument } from '../../documents/review-report-document.ts';
import { managedConferenceScope } from '../conferences/managed-conference.ts';
import { NotFoundError } from '../errors.ts';
import { goalOf, resultView } from '../targets/result-view.ts';
import { CONFERENCE_FACTS_SELECT, conferenceFacts, documentIssuer } from './document-issuer.ts';
import type { OfficialDocumentFile } from './official-document-file.ts';

const REVIEW_NAMES: Partial<Record<string, string>> = { MID_TERM_REVIEW: 'Báo cáo sơ kết', FINAL_REVIEW: 'Báo cáo tổng kết' };

/**
 * The review report (báo cáo sơ kết / tổng kết) of a conference the actor's office hosts: the results
 * the conference reviewed (of resolutions in the actor's scope) with goal, achievement and status
 * computed as on the resolution page, any breakdown that does not add up flagged, and the published
 * conclusions as the directions to the end of the term. The office's document, like the minutes.
 */
export async function buildReviewReport({ actor, conferenceId }: { actor: Actor; conferenceId: string }): Promise<OfficialDocumentFile> {
  requirePermission(actor, 'conference.readAttendance');
  requirePermission(actor, 'resolution.read');
  const conference = await db().conference.findFirst({
    where: { AND: [{ id: conferenceId }, managedConferenceScope(actor)] },
    select: {
      ...CONFERENCE_FACTS_SELECT,
      targetResults: {
        where: { target: { resolution: resolutionScope(actor) } },
        select: {
          id: true, period: true, year: true, value: true, qualifier: true, source: true, note: true, breakdownLabel: true,
          parts: { orderBy: { position: 'asc' }, select: { label: true, value: true } },
          target: {
            select: {
              position: true, name: true, unit: true, goalKind: true, targetValue: true, targetMax: true, baselineValue: true, baselineYear: true,
              resolution: { select: { id: true, title: true, issuedOn: true } },
            },
          },
        },
      },
      conclusions: { where: { publishedAt: { not: null } }, orderBy: { number: 'asc' }, select: { number: true, content: true } },
    },
  });
  if (!conference) throw new NotFoundError('Conference');

  // The resolution's order of targets, then the periods in time order.
  const results = [...conference.targetResults].sort((a, b) =>
    (a.target.resolution.issuedOn?.getTime() ?? 0) - (b.target.resolution.issuedOn?.getTime() ?? 0)
    || a.target.resolution.id.localeCompare(b.target.resolution.id)
    || a.target.position - b.target.position
    || a.year - b.year);

  const bytes = await buildReviewReportDocument({
    issuer: await documentIssuer(conference),
    conference: conferenceFacts(conference),
    resolutions: [...new Set(results.map((result) => result.target.resolution.title))],
    targets: results.map(({ target, ...result }) => {
      const goal = goalOf(target);
      return { position: target.position, name: target.name, unit: target.unit, goal, result: resultView(goal, result) };
    }),
    directions: conference.conclusions,
  });
  const name = REVIEW_NAMES[conference.kind] ?? 'Báo cáo hội nghị';
  return { bytes, fileName: `${name} ${conferenceDay(conference)}.docx` };
}
