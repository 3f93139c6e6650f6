import Link from 'next/link';
import { Badge } from '@/components/ui/badge.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { formatCalendarDate } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { MemberHistory } from '@/lib/server/members/find-member-history.ts';

/** A "YYYY-MM-DD" day as the reader's dd/mm/yyyy. */
function day(value: string, locale: Locale): string {
  return formatCalendarDate(new Date(`${value}T00:00:00Z`), locale);
}

/** The member's transfers between units, oldest first: date, from → to, note, who recorded it. */
export function MemberTransferHistory({ transfers, t, locale }: { transfers: MemberHistory['transfers']; t: Messages; locale: Locale }) {
  const text = t.memberRecords.history;
  if (transfers.length === 0) return <p className="text-sm text-stone-600">{text.noTransfers}</p>;
  return (
    <Table caption={text.transfersCaption}>
      <thead>
        <tr><Th>{text.date}</Th><Th>{text.fromTo}</Th><Th>{text.note}</Th><Th>{text.recordedBy}</Th></tr>
      </thead>
      <tbody>
        {transfers.map((transfer) => (
          <tr key={transfer.id} data-testid="member-transfer">
            <Td className="whitespace-nowrap tabular-nums">{day(transfer.effectiveDate, locale)}</Td>
            <Td>{transfer.fromOrganization.name} <span aria-hidden="true">→</span><span className="sr-only">,</span> {transfer.toOrganization.name}</Td>
            <Td className="whitespace-pre-line">{transfer.note ?? ''}</Td>
            <Td>{transfer.recordedBy ?? t.errors.someone}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

type Seat = MemberHistory['seats'][number];

/** The page of a seat's committee (organisations, terms and committees are the admins'). */
export function committeeHref(seat: Seat): string {
  return `/organisations/${seat.committee.organization.id}/terms/${seat.committee.term.id}/committees/${seat.committee.id}`;
}

/**
 * The committee seats the member held or holds, oldest first, each marked held today, ended or yet to
 * start; `linkCommittees` when the reader may open the committee pages.
 */
export function MemberSeatHistory({ seats, linkCommittees, t, locale }: { seats: MemberHistory['seats']; linkCommittees: boolean; t: Messages; locale: Locale }) {
  const text = t.memberRecords.history;
  if (seats.length === 0) return <p className="text-sm text-stone-600">{text.noSeats}</p>;
  return (
    <Table caption={text.seatsCaption}>
      <thead>
        <tr><Th>{text.committee}</Th><Th>{text.organization}</Th><Th>{text.term}</Th><Th>{text.position}</Th><Th>{text.period}</Th><Th>{text.state}</Th></tr>
      </thead>
      <tbody>
        {seats.map((seat) => (
          <tr key={seat.id} data-testid="member-seat">
            <Td>{linkCommittees ? <Link href={committeeHref(seat)}>{seat.committee.name}</Link> : seat.committee.name}</Td>
            <Td>{seat.committee.organization.name}</Td>
            <Td>{seat.committee.term.name}</Td>
            <Td>{text.positions[seat.position]}</Td>
            <Td className="whitespace-nowrap tabular-nums">
              {seat.endDate
                ? interpolate(text.between, { start: day(seat.startDate, locale), end: day(seat.endDate, locale) })
                : interpolate(text.since, { start: day(seat.startDate, locale) })}
            </Td>
            <Td>{seat.state === 'current' ? <Badge tone="good">{text.current}</Badge> : <Badge>{text[seat.state]}</Badge>}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
