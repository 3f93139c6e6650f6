import type { Metadata } from 'next';
import Link from 'next/link';
import { committeeHref, MemberSeatHistory, MemberTransferHistory } from '@/components/member/member-history.tsx';
import { MemberStatusForm } from '@/components/member/member-status-form.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import { DetailsList } from '@/components/ui/details-list.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { can } from '@/lib/auth/permissions.ts';
import { formatDate } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { loadOncePerRequest } from '@/lib/server/load-once-per-request.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { findMemberHistory } from '@/lib/server/members/find-member-history.ts';
import { getMember } from '@/lib/server/members/get-member.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { setMemberActiveAction } from '../actions.ts';

interface Props { params: Promise<{ memberId: string }>; searchParams: Promise<{ done?: string }> }

const load = loadOncePerRequest(async ({ memberId }: Awaited<Props['params']>) => {
  const actor = await requirePagePermission('member.read');
  const [member, history] = await Promise.all([
    loadOrNotFound(memberId, (id) => getMember({ actor, memberId: id })),
    loadOrNotFound(memberId, (id) => findMemberHistory({ actor, memberId: id })),
  ]);
  return { actor, member, history };
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { member } = await load(props);
  return { title: member.fullName };
}

const BUTTON = 'rounded-md border border-stone-300 px-3 py-1.5 text-sm no-underline';

export default async function MemberPage(props: Props) {
  const [{ actor, member, history }, { t, locale }, { done }] = await Promise.all([load(props), getMessages(), props.searchParams]);
  const text = t.memberRecords;
  const doneMessage = (text.done as Record<string, string>)[done ?? ''];
  const openSeats = history.seats.filter((seat) => seat.state !== 'ended');
  const manage = can(actor.roles, 'member.manage');
  const linkCommittees = can(actor.roles, 'committee.read');
  const unitClosed = member.organization.deactivatedAt !== null || member.organization.mergedIntoId !== null;
  return (
    <>
      <PageHeader title={member.fullName} eyebrow={<Link href={member.deactivatedAt ? '/members?status=inactive' : '/members'}>{text.back}</Link>} />
      {doneMessage ? <p role="status" data-testid="form-status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">{doneMessage}</p> : null}
      {done === 'transferred' && openSeats.length > 0 ? (
        <div role="note" data-testid="open-seats-notice" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <p>{text.openSeatsNotice}</p>
          <ul className="ml-5 list-disc">
            {openSeats.map((seat) => (
              <li key={seat.id}>
                {text.history.positions[seat.position]} — {linkCommittees ? <Link href={committeeHref(seat)}>{seat.committee.name}</Link> : seat.committee.name} ({seat.committee.organization.name}, {seat.committee.term.name})
              </li>
            ))}
          </ul>
          <p>{text.openSeatsHint}</p>
        </div>
      ) : null}
      <Section
        title={text.details}
        id="member-details"
        actions={manage ? (
          <div className="flex flex-wrap gap-2">
            <Link href={`/members/${member.id}/edit`} className={BUTTON}>{text.edit}</Link>
            {member.deactivatedAt ? null : <Link href={`/members/${member.id}/transfer`} className={BUTTON}>{text.transfer}</Link>}
          </div>
        ) : null}
      >
        <DetailsList
          items={[
            { label: t.members.fullName, value: member.fullName },
            { label: t.members.organization, value: <span data-testid="member-unit">{unitClosed ? interpolate(text.unitClosed, { unit: member.organization.name }) : member.organization.name}</span> },
            { label: t.members.position, value: member.title ?? t.common.none },
            { label: text.email, value: member.email ? <a href={`mailto:${member.email}`}>{member.email}</a> : t.common.none },
            { label: text.phone, value: member.phone ?? t.common.none },
            { label: text.partyMember, value: member.isPartyMember ? text.yes : text.no },
            {
              label: text.status,
              value: <span data-testid="member-status">{member.deactivatedAt ? <Badge tone="warn">{interpolate(text.inactiveSince, { date: formatDate(member.deactivatedAt, locale) })}</Badge> : <Badge tone="good">{text.active}</Badge>}</span>,
            },
          ]}
        />
      </Section>
      {member.accountVisible ? (
        <Section title={text.account} id="member-account">
          {member.account ? (
            <DetailsList
              items={[
                { label: t.accounts.username, value: <Link href={`/accounts/${member.account.id}`}>{member.account.username}</Link> },
                { label: t.accounts.roles, value: member.account.roles.map((role) => interpolate(t.accounts.roleIn, { role: t.roles[role.role], organization: role.organization.name })).join('; ') || t.common.none },
                { label: t.accounts.status, value: member.account.deactivatedAt ? text.accountLocked : text.accountActive },
              ]}
            />
          ) : <p className="text-sm text-stone-600">{text.noAccount}</p>}
        </Section>
      ) : null}
      <Section title={text.activity} id="member-activity">
        <p className="text-sm">{interpolate(text.conferencesCount, { count: member.conferenceCount })}</p>
        {member.conferences.length > 0 ? (
          <>
            <h3 className="mt-2 text-sm font-semibold">{text.latestConferences}</h3>
            <ul className="ml-5 list-disc text-sm">
              {member.conferences.map((conference) => (
                <li key={conference.id}><Link href={`/conferences/${conference.id}`}>{conference.title}</Link> · {formatDate(conference.startsAt, locale)}</li>
              ))}
            </ul>
          </>
        ) : null}
        <p className="mt-3 text-sm">
          {interpolate(text.tasksCount, { count: member.taskCount, open: member.openTaskCount })}
          {member.taskCount > 0 ? <> <Link href={`/tasks?personId=${member.id}`} className="underline">{text.tasksLink}</Link></> : null}
        </p>
      </Section>
      <Section title={text.history.transfers} id="member-transfers">
        <MemberTransferHistory transfers={history.transfers} t={t} locale={locale} />
      </Section>
      <Section title={text.history.seats} id="member-seats">
        <MemberSeatHistory seats={history.seats} linkCommittees={linkCommittees} t={t} locale={locale} />
      </Section>
      {member.canChangeStatus ? (
        <Section title={text.status} id="member-status-change">
          {member.isSelf ? <p className="text-sm text-stone-700">{text.yourself}</p> : (
            <MemberStatusForm
              action={setMemberActiveAction}
              memberId={member.id}
              version={member.version}
              activate={Boolean(member.deactivatedAt)}
              label={member.deactivatedAt ? text.reactivate : text.deactivate}
              confirmLabel={text.confirmDeactivate}
              hints={member.deactivatedAt
                ? [text.reactivateHint]
                : [text.deactivateHint, ...(member.account && !member.account.deactivatedAt ? [interpolate(text.deactivateAccountHint, { username: member.account.username })] : [])]}
            />
          )}
        </Section>
      ) : null}
    </>
  );
}
