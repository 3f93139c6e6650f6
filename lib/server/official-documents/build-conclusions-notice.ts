import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { conferenceScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import { buildConclusionsNoticeDocument } from '../../documents/conclusions-notice-document.ts';
import { conferenceDay } from '../../documents/conference-facts.ts';
import { issuingBodyName } from '../../documents/party-layout.ts';
import { NotFoundError } from '../errors.ts';
import { CONFERENCE_FACTS_SELECT, conferenceFacts, documentIssuer } from './document-issuer.ts';
import type { OfficialDocumentFile } from './official-document-file.ts';

const UNIT_SELECT = { select: { name: true, kind: true } } as const;

/**
 * The notice of conclusions (thông báo kết luận) of a conference the actor may see: its published
 * conclusions with the tasks assigned from them. It is the same document for the office and for every
 * attendee, as a notice sent to all units would be, so it lists every task of those conclusions (title,
 * owner, co-owners, person responsible, deadline — never progress or reports); cancelled tasks no longer
 * stand and are left out. No published conclusion yet: nothing to notify, not found.
 */
export async function buildConclusionsNotice({ actor, conferenceId }: { actor: Actor; conferenceId: string }): Promise<OfficialDocumentFile> {
  requirePermission(actor, 'conference.read');
  const conference = await db().conference.findFirst({
    where: { AND: [{ id: conferenceId }, conferenceScope(actor)] },
    select: {
      ...CONFERENCE_FACTS_SELECT,
      conclusions: {
        where: { publishedAt: { not: null } },
        orderBy: { number: 'asc' },
        select: {
          number: true, content: true,
          tasks: {
            where: { status: { not: 'CANCELLED' } },
            orderBy: [{ dueDate: 'asc' }, { createdAt: 'asc' }],
            select: {
              title: true, dueDate: true,
              ownerOrganization: UNIT_SELECT,
              coOwners: { orderBy: { organization: { name: 'asc' } }, select: { organization: UNIT_SELECT } },
              responsibleMember: { select: { fullName: true } },
            },
          },
        },
      },
    },
  });
  if (!conference) throw new NotFoundError('Conference');
  if (conference.conclusions.length === 0) throw new NotFoundError('Conclusion');

  const bytes = await buildConclusionsNoticeDocument({
    issuer: await documentIssuer(conference),
    conference: conferenceFacts(conference),
    conclusions: conference.conclusions.map((conclusion) => ({
      number: conclusion.number,
      content: conclusion.content,
      tasks: conclusion.tasks.map((task) => ({
        title: task.title,
        // Units are given their tasks as committees: "Đảng ủy bộ phận …", "Chi bộ …".
        owner: issuingBodyName(task.ownerOrganization),
        coOwners: task.coOwners.map((coOwner) => issuingBodyName(coOwner.organization)),
        responsible: task.responsibleMember?.fullName ?? null,
        dueDate: task.dueDate,
      })),
    })),
  });
  return { bytes, fileName: `Thông báo kết luận hội nghị ${conferenceDay(conference)}.docx` };
}
