import { Badge, type BadgeTone } from '@/components/ui/badge.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { ConferenceDetail } from '@/lib/server/conferences/get-conference.ts';
import { RsvpBadge } from '@/components/invitation/rsvp-badge.tsx';

const ATTENDANCE_TONE = { PRESENT: 'good', LATE: 'warn', EXCUSED: 'neutral', ABSENT: 'bad' } as const satisfies Record<string, BadgeTone>;

export function InviteeTable({ conference, t }: { conference: ConferenceDetail; t: Messages }) {
  return (
    <Table caption={t.conferences.invitees}>
      <thead>
        <tr>
          <Th className="w-10">#</Th>
          <Th>{t.conferences.person}</Th>
          <Th>{t.conferences.unit}</Th>
          <Th>{t.conferences.answer}</Th>
          {conference.seesAttendance ? <Th>{t.conferences.attendance}</Th> : null}
        </tr>
      </thead>
      <tbody>
        {conference.invitees.map((invitee, index) => (
          <tr key={invitee.id} data-testid="invitee-row" {...(invitee.isMe ? { className: 'bg-brand-50' } : {})}>
            <Td className="tabular-nums text-stone-600">{index + 1}</Td>
            <Td>
              <span className="font-medium">{invitee.name}</span>
              {invitee.isGuest ? <span className="ml-2"><Badge tone="info">{t.conferences.guest}</Badge></span> : null}
              {invitee.title ? <span className="block text-xs text-stone-600">{invitee.title}</span> : null}
            </Td>
            <Td>{invitee.unit ?? ''}</Td>
            <Td>
              <RsvpBadge rsvp={invitee.rsvp} label={t.conferences.rsvp[invitee.rsvp]} />
              {invitee.rsvpReason ? <span className="block text-xs text-stone-600">{invitee.rsvpReason}</span> : null}
            </Td>
            {conference.seesAttendance ? (
              <Td>
                {invitee.attendance ? <Badge tone={ATTENDANCE_TONE[invitee.attendance]}>{t.conferences.attendanceStatus[invitee.attendance]}</Badge> : <Badge>{t.conferences.attendanceStatus.UNRECORDED}</Badge>}
                {invitee.attendanceNote ? <span className="block text-xs text-stone-600">{invitee.attendanceNote}</span> : null}
              </Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
