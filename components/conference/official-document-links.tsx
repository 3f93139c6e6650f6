import type { ConferenceKind } from '@/lib/db/generated/prisma/enums.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { officialDocumentPath, type OfficialDocumentKind } from '@/lib/schemas/official-document.ts';

const LINK = 'inline-block rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-800 no-underline hover:border-brand-600 hover:text-brand-700';
const REVIEW_KINDS: readonly ConferenceKind[] = ['MID_TERM_REVIEW', 'FINAL_REVIEW'];

/**
 * The official DOCX documents of a conference, only those the reader may download (the route checks
 * again): the office of the host gets all four and any one person's invitation; an invitee gets their own
 * invitation and, once conclusions are published, the notice.
 */
export function OfficialDocumentLinks({ conference, t }: {
  conference: {
    id: string;
    kind: ConferenceKind;
    /** The office of the host (attendance, minutes). */
    seesAttendance: boolean;
    conclusions: readonly { publishedAt: Date | null }[];
    invitees: readonly { id: string; name: string; isMe: boolean }[];
  };
  t: Messages;
}) {
  const text = t.officialDocuments;
  const mine = conference.invitees.find((invitee) => invitee.isMe);
  const published = conference.conclusions.some((conclusion) => conclusion.publishedAt);
  const links: { kind: OfficialDocumentKind; label: string; inviteeId?: string }[] = [
    ...(conference.seesAttendance ? [{ kind: 'giay-moi' as const, label: text.invitationList }] : []),
    ...(mine ? [{ kind: 'giay-moi' as const, label: text.myInvitation, inviteeId: mine.id }] : []),
    ...(conference.seesAttendance ? [{ kind: 'bien-ban' as const, label: text.minutes }] : []),
    ...(published ? [{ kind: 'thong-bao-ket-luan' as const, label: text.notice }] : []),
    ...(conference.seesAttendance && REVIEW_KINDS.includes(conference.kind) ? [{ kind: 'bao-cao-so-ket' as const, label: text.report }] : []),
  ];
  if (links.length === 0) return null;

  return (
    <section aria-labelledby="official-documents-heading" className="no-print mb-6" data-testid="official-documents">
      <h2 id="official-documents-heading" className="text-base font-semibold">{text.title}</h2>
      <p className="mb-2 text-sm text-stone-600">{text.hint}</p>
      <ul className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={`${link.kind}:${link.inviteeId ?? ''}`}>
            <a href={officialDocumentPath(conference.id, link.kind, link.inviteeId)} download className={LINK}>{link.label}</a>
          </li>
        ))}
      </ul>
      {conference.seesAttendance && conference.invitees.length > 0 ? (
        // A plain GET form: the chosen person's invitation downloads without any script.
        <form method="get" action={officialDocumentPath(conference.id, 'giay-moi')} className="mt-3 flex flex-wrap items-end gap-2">
          <label className="text-sm">
            <span className="block text-stone-700">{text.personalInvitation}</span>
            <select name="inviteeId" className="mt-1 rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm">
              {conference.invitees.map((invitee) => <option key={invitee.id} value={invitee.id}>{invitee.name}</option>)}
            </select>
          </label>
          <button type="submit" className={LINK}>{text.download}</button>
        </form>
      ) : null}
    </section>
  );
}
