import { Badge } from '@/components/ui/badge.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { ConferenceInvitations } from '@/lib/server/invitations/get-conference-invitations.ts';
import { RsvpBadge } from '@/components/invitation/rsvp-badge.tsx';


/** Everyone invited, once each (Vietnamese name order), with every route that reached them. */
export function InvitedPeopleTable({ invitations, t }: { invitations: ConferenceInvitations; t: Messages }) {
  if (invitations.invitees.length === 0) return <p className="text-sm text-stone-600">{t.invitations.inviteesEmpty}</p>;
  const routeLabel = new Map(invitations.routes.map((route) => [route.id, route.label ?? t.conferences.invitationKinds[route.kind]]));
  return (
    <Table caption={t.conferences.invitees}>
      <thead>
        <tr>
          <Th className="w-10">#</Th>
          <Th>{t.conferences.person}</Th>
          <Th>{t.conferences.unit}</Th>
          <Th>{t.invitations.routesColumn}</Th>
          <Th>{t.conferences.answer}</Th>
        </tr>
      </thead>
      <tbody>
        {invitations.invitees.map((invitee, index) => (
          <tr key={invitee.id} data-testid="invited-person">
            <Td className="tabular-nums text-stone-600">{index + 1}</Td>
            <Td>
              <span className="font-medium">{invitee.name}</span>
              {invitee.isGuest ? <span className="ml-2"><Badge tone="info">{t.conferences.guest}</Badge></span> : null}
              {invitee.title ? <span className="block text-xs text-stone-600">{invitee.title}</span> : null}
            </Td>
            <Td>{invitee.unit ?? ''}</Td>
            <Td className="text-xs text-stone-700">{invitee.routeIds.map((id) => routeLabel.get(id)).filter(Boolean).join('; ')}</Td>
            <Td>
              <RsvpBadge rsvp={invitee.rsvp} label={t.conferences.rsvp[invitee.rsvp]} />
              {invitee.rsvpReason ? <span className="block text-xs text-stone-600">{invitee.rsvpReason}</span> : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
