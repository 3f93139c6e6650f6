import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import type { OfficialDocumentKind } from '../../schemas/official-document.ts';
import { buildConclusionsNotice } from './build-conclusions-notice.ts';
import { buildConferenceInvitation } from './build-conference-invitation.ts';
import { buildConferenceMinutes } from './build-conference-minutes.ts';
import { buildReviewReport } from './build-review-report.ts';
import type { OfficialDocumentFile } from './official-document-file.ts';

/**
 * One official document of a conference, by the kind its URL names. Each use case checks its own
 * permission and scope (see docs/decisions/011-official-documents.md for who gets which).
 */
export function exportOfficialDocument({ actor, conferenceId, kind, inviteeId, today }: {
  actor: Actor;
  conferenceId: string;
  kind: OfficialDocumentKind;
  inviteeId?: string | undefined;
  /** 'YYYY-MM-DD' in Vietnam (the invitation's date). */
  today: string;
}): Promise<OfficialDocumentFile> {
  switch (kind) {
    case 'giay-moi':
      return buildConferenceInvitation({ actor, conferenceId, inviteeId, today });
    case 'bien-ban':
      return buildConferenceMinutes({ actor, conferenceId });
    case 'thong-bao-ket-luan':
      return buildConclusionsNotice({ actor, conferenceId });
    case 'bao-cao-so-ket':
      return buildReviewReport({ actor, conferenceId });
  }
}
