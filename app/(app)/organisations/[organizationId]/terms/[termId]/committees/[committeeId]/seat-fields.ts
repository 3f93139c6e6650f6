import type { AdminFormField } from '@/components/committee/committee-admin-form.tsx';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { CommitteeView } from '@/lib/server/committees/get-committee.ts';

/** The fields of a seat, for a new one or to correct one (whose person stays a choice even if they left since). */
export function seatFields(t: Messages, committee: CommitteeView, seat?: CommitteeView['seats'][number]): AdminFormField[] {
  const text = t.committees;
  const members = committee.members.map((member) => ({ value: member.id, label: member.label }));
  if (seat && !members.some((member) => member.value === seat.memberId)) members.unshift({ value: seat.memberId, label: `${seat.fullName} — ${seat.unit}` });
  const years = { start: committee.term.startYear, end: committee.term.endYear };
  return [
    { name: 'memberId', label: text.member, hint: interpolate(text.memberHint, { organization: committee.organization.name }), kind: 'select', placeholder: text.chooseMember, options: members, initial: seat?.memberId },
    { name: 'position', label: text.position, hint: text.positionHint, kind: 'select', placeholder: text.choosePosition, options: committee.positions.map((position) => ({ value: position, label: text.positions[position] })), initial: seat?.position },
    { name: 'startDate', label: text.startDate, kind: 'date', span: 'half', initial: seat?.startDate },
    { name: 'endDate', label: text.endDate, hint: interpolate(text.endDateHint, years), kind: 'date', span: 'half', initial: seat?.endDate ?? undefined },
  ];
}
