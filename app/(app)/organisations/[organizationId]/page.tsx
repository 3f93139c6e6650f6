import type { Metadata } from 'next';
import Link from 'next/link';
import { MergedNote } from '@/components/organization/merged-note.tsx';
import { OrganizationMergeForm } from '@/components/organization/organization-merge-form.tsx';
import { OrganizationMoveForm } from '@/components/organization/organization-move-form.tsx';
import { OrganizationStatusForm } from '@/components/organization/organization-status-form.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import { DetailsList } from '@/components/ui/details-list.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { can } from '@/lib/auth/permissions.ts';
import { now } from '@/lib/clock.ts';
import { mayDeactivate } from '@/lib/domain/organization-tree.ts';
import { vietnamDateOf } from '@/lib/domain/vietnam-time.ts';
import { formatCalendarDate, formatNumber } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { loadOncePerRequest } from '@/lib/server/load-once-per-request.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { getOrganization } from '@/lib/server/organizations/get-organization.ts';
import { getOrganizationFormOptions } from '@/lib/server/organizations/get-organization-form-options.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { mergeOrganizationAction, moveOrganizationAction, setOrganizationActiveAction } from '../actions.ts';

interface Props { params: Promise<{ organizationId: string }>; searchParams: Promise<{ done?: string }> }

const load = loadOncePerRequest(async ({ organizationId }: Awaited<Props['params']>) => {
  const actor = await requirePagePermission('organization.read');
  return { actor, organization: await loadOrNotFound(organizationId, (id) => getOrganization({ actor, organizationId: id })) };
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { organization } = await load(props);
  return { title: organization.name };
}

export default async function OrganizationPage(props: Props) {
  const [{ actor, organization }, { t, locale }, { done }] = await Promise.all([load(props), getMessages(), props.searchParams]);
  const text = t.organizations;
  const merged = organization.mergedInto !== null;
  const manage = can(actor.roles, 'organization.manage') && !merged;
  // Moves and merges aim outside the organisation's own subtree; the admin's own top is not theirs to restructure.
  const restructure = manage && !organization.isOwnRoot;
  const targets = restructure ? await getOrganizationFormOptions({ actor, outside: organization.id }) : [];
  const doneMessage = (text.done as Record<string, string>)[done ?? ''];
  const { counts } = organization;
  const blockers = interpolate(text.blockers, { children: counts.activeChildren, members: counts.activeMembers, tasks: counts.openTasks });
  const state = merged && organization.mergedInto
    ? <span data-testid="organization-state"><MergedNote template={text.mergedIntoOn} into={organization.mergedInto} date={organization.mergedAt ? formatCalendarDate(organization.mergedAt, locale) : ''} /></span>
    : <span data-testid="organization-state">{organization.deactivatedAt ? text.deactivated : text.active}</span>;

  return (
    <>
      <PageHeader title={organization.name} eyebrow={<Link href="/organisations">{text.back}</Link>}>
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          <Link href={`/organisations/${organization.id}/terms`} className="font-medium">{text.termsLink}</Link>
          <Link href="/members" className="font-medium">{text.allMembers}</Link>
          {manage ? <Link href={`/organisations/${organization.id}/edit`} className="font-medium">{text.edit}</Link> : null}
          {manage && !organization.deactivatedAt && organization.kind !== 'CELL' ? <Link href={`/organisations/new?parentId=${organization.id}`} className="font-medium">{text.createChild}</Link> : null}
        </p>
      </PageHeader>
      {doneMessage ? <p role="status" data-testid="form-status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">{doneMessage}</p> : null}

      <Section title={text.details} id="organization-details">
        <DetailsList
          items={[
            { label: text.kind, value: text.kinds[organization.kind] },
            { label: text.shortName, value: organization.shortName ?? text.none },
            { label: text.parent, value: organization.parent ? (organization.parent.inScope ? <Link href={`/organisations/${organization.parent.id}`}>{organization.parent.name}</Link> : organization.parent.name) : text.none },
            { label: text.symbol, value: organization.symbol ?? text.none },
            { label: text.place, value: organization.place ?? text.none },
            { label: text.state, value: state },
          ]}
        />
        {merged ? <p className="mt-3 text-sm text-stone-700">{text.mergedNote}</p> : null}
      </Section>

      {organization.mergedFrom.length > 0 ? (
        <Section title={text.mergedFrom} id="organization-merged-from">
          <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="merged-from">
            {organization.mergedFrom.map((source) => {
              const date = source.mergedAt ? formatCalendarDate(source.mergedAt, locale) : '';
              const [before = '', after = ''] = interpolate(text.mergedFromItem, { date, name: '\u0000' }).split('\u0000');
              return <li key={source.id}>{before}{source.inScope ? <Link href={`/organisations/${source.id}`}>{source.name}</Link> : source.name}{after}</li>;
            })}
          </ul>
        </Section>
      ) : null}

      <Section title={text.counts} id="organization-counts">
        <Table caption={text.countsCaption} minWidth="min-w-0">
          <tbody>
            {([
              [text.activeChildren, counts.activeChildren], [text.activeMembers, counts.activeMembers], [text.openTasks, counts.openTasks], [text.allTasks, counts.tasks],
              [text.conferences, counts.conferences], [text.plans, counts.plans], [text.terms, counts.terms], [text.committees, counts.committees],
            ] as const).map(([label, value]) => (
              <tr key={label}><th scope="row" className="border-b border-stone-100 px-2 py-2 text-left font-medium text-stone-700">{label}</th><Td className="tabular-nums">{formatNumber(value, locale)}</Td></tr>
            ))}
          </tbody>
        </Table>
      </Section>

      <Section title={text.children} id="organization-children">
        {organization.children.length === 0 ? <p className="text-sm">{text.noChildren}</p> : (
          <Table caption={text.childrenCaption}>
            <thead><tr><Th>{text.name}</Th><Th>{text.kind}</Th><Th>{text.activeMembers}</Th><Th>{text.state}</Th></tr></thead>
            <tbody>
              {organization.children.map((child) => (
                <tr key={child.id} data-testid="child-row">
                  <Td className="font-medium"><Link href={`/organisations/${child.id}`}>{child.name}</Link></Td>
                  <Td>{text.kinds[child.kind]}</Td>
                  <Td className="tabular-nums">{formatNumber(child.activeMembers, locale)}</Td>
                  <Td>{child.state === 'active' ? <Badge tone="good">{text.active}</Badge> : child.state === 'merged' ? <Badge tone="neutral">{text.mergedShort}</Badge> : <Badge tone="neutral">{text.deactivated}</Badge>}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>

      <Section title={text.membersList} id="organization-members">
        {organization.members.length === 0 ? <p className="text-sm">{text.noMembers}</p> : (
          <Table caption={text.membersCaption}>
            <thead><tr><Th className="w-10">#</Th><Th>{text.fullName}</Th><Th>{text.position}</Th></tr></thead>
            <tbody>
              {organization.members.map((member, index) => (
                <tr key={member.id} data-testid="organization-member-row">
                  <Td className="tabular-nums text-stone-600">{index + 1}</Td>
                  <Td className="font-medium">{member.fullName}</Td>
                  <Td>{member.title ?? ''}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>

      {manage && organization.isOwnRoot ? <p className="mb-6 text-sm text-stone-700">{text.ownRoot}</p> : null}
      {restructure ? (
        <Section title={text.move} id="organization-move">
          <OrganizationMoveForm
            action={moveOrganizationAction}
            organizationId={organization.id}
            version={organization.version}
            parentId={organization.parentId}
            parents={targets.filter((target) => target.childKinds.includes(organization.kind))}
            text={{ hint: text.moveHint, newParent: text.newParent, chooseParent: text.chooseParent, submit: text.moveSubmit, pending: text.moving }}
          />
        </Section>
      ) : null}
      {manage && !(organization.isOwnRoot && !organization.deactivatedAt) ? (
        <Section title={text.status} id="organization-status">
          <OrganizationStatusForm
            action={setOrganizationActiveAction}
            organizationId={organization.id}
            version={organization.version}
            activate={Boolean(organization.deactivatedAt)}
            label={organization.deactivatedAt ? text.reactivate : text.deactivate}
            hint={text.deactivateHint}
            blockers={!organization.deactivatedAt && !mayDeactivate(counts) ? blockers : undefined}
          />
        </Section>
      ) : null}
      {restructure && !organization.deactivatedAt ? (
        <Section title={text.merge} id="organization-merge">
          <OrganizationMergeForm
            action={mergeOrganizationAction}
            organizationId={organization.id}
            version={organization.version}
            targets={targets}
            today={vietnamDateOf(now())}
            text={{ hint: text.mergeHint, target: text.mergeTarget, chooseTarget: text.chooseTarget, mergedOn: text.mergedOn, confirm: text.mergeConfirm, submit: text.mergeSubmit, pending: text.merging }}
          />
        </Section>
      ) : null}
    </>
  );
}
