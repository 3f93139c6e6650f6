import type { Metadata } from 'next';
import Link from 'next/link';
import { DelegationInviteForm } from '@/components/invitation/delegation-invite-form.tsx';
import { InvitedPeopleTable } from '@/components/invitation/invited-people-table.tsx';
import { MemberInviteForm } from '@/components/invitation/member-invite-form.tsx';
import { RouteChoiceForm } from '@/components/invitation/route-choice-form.tsx';
import { RouteList } from '@/components/invitation/route-list.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { getConferenceInvitations } from '@/lib/server/invitations/get-conference-invitations.ts';
import { getInvitationOptions } from '@/lib/server/invitations/get-invitation-options.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { addInvitationAction, removeInvitationAction } from './actions.ts';

interface Props { params: Promise<{ conferenceId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.invitations.title };
}

export default async function ConferenceInvitationsPage({ params }: Props) {
  const actor = await requirePagePermission('invitation.manage');
  const { conferenceId } = await params;
  const [invitations, { t }] = await Promise.all([
    loadOrNotFound(conferenceId, (id) => getConferenceInvitations({ actor, conferenceId: id })),
    getMessages(),
  ]);
  const options = invitations.canInvite ? await getInvitationOptions({ actor, startsAt: invitations.startsAt }) : null;
  const text = t.invitations;

  return (
    <>
      <PageHeader title={text.title} eyebrow={<Link href={`/conferences/${invitations.id}`}>{invitations.title}</Link>}>
        <p data-testid="invitation-summary">{interpolate(text.summary, invitations.counts)}</p>
      </PageHeader>
      {options ? (
        <Section title={text.addTitle} id="invite">
          <div className="grid gap-6 lg:grid-cols-2">
            <div>
              <h3 className="mb-2 font-semibold">{text.committeeTitle}</h3>
              <RouteChoiceForm
                action={addInvitationAction} kind="COMMITTEE" field="committeeId" conferenceId={invitations.id}
                label={text.committee} hint={text.committeeHint} submit={text.inviteCommittee} sending={text.sending} empty={text.noCommittees}
                choices={options.committees.map((committee) => {
                  const invited = invitations.routes.some((route) => route.committeeId === committee.id);
                  const label = interpolate(text.committeeOption, { name: committee.name, term: committee.term, seats: committee.seats });
                  return { id: committee.id, label: invited ? `${label} · ${text.alreadyRouted}` : label, disabled: invited };
                })}
              />
              <h3 className="mb-2 mt-6 font-semibold">{text.cellsTitle}</h3>
              <RouteChoiceForm
                action={addInvitationAction} kind="CELL_COMMITTEES" field="organizationId" conferenceId={invitations.id}
                label={text.cellParent} hint={text.cellHint} submit={text.inviteCells} sending={text.sending} empty={text.noCellParents}
                choices={hostFirst(options.cellParents, invitations.hostOrganizationId).map((organization) => {
                  const invited = invitations.routes.some((route) => route.kind === 'CELL_COMMITTEES' && route.organizationId === organization.id);
                  const label = interpolate(text.cellParentOption, { name: organization.name, cells: organization.cells });
                  return { id: organization.id, label: invited ? `${label} · ${text.alreadyRouted}` : label, disabled: invited };
                })}
              />
              <h3 className="mb-2 mt-6 font-semibold">{text.delegationTitle}</h3>
              <DelegationInviteForm
                action={addInvitationAction} text={text} conferenceId={invitations.id}
                organizations={options.organizations} defaultOrganizationId={invitations.superiorOrganizationId}
              />
            </div>
            <div>
              <h3 className="mb-2 font-semibold">{text.memberTitle}</h3>
              <MemberInviteForm
                action={addInvitationAction} text={text} conferenceId={invitations.id} members={options.members}
                personallyInvited={invitations.routes.flatMap((route) => (route.kind === 'MEMBER' && route.memberId ? [route.memberId] : []))}
                invitees={invitations.invitees.flatMap((invitee) => (invitee.memberId ? [invitee.memberId] : []))}
              />
            </div>
          </div>
        </Section>
      ) : (
        <p role="note" className="mb-6 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{text.locked}</p>
      )}
      <Section title={text.routesTitle} id="routes">
        <RouteList routes={invitations.routes} conferenceId={invitations.id} t={t} removeAction={invitations.canInvite ? removeInvitationAction : undefined} />
      </Section>
      <Section title={interpolate(text.inviteesTitle, { count: invitations.invitees.length })} id="invitees">
        <InvitedPeopleTable invitations={invitations} t={t} />
      </Section>
      <p className="text-sm"><Link href={`/conferences/${invitations.id}`}>{text.back}</Link></p>
    </>
  );
}

/** The host organisation's own cells are the usual choice: offer them first. */
function hostFirst<T extends { id: string }>(organizations: T[], hostId: string): T[] {
  return [...organizations.filter((organization) => organization.id === hostId), ...organizations.filter((organization) => organization.id !== hostId)];
}
