import type { Metadata } from 'next';
import Link from 'next/link';
import { CommitteeAdminForm } from '@/components/committee/committee-admin-form.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { can } from '@/lib/auth/permissions.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { getOrganizationTerms, type OrganizationTerms } from '@/lib/server/committees/get-organization-terms.ts';
import { loadOncePerRequest } from '@/lib/server/load-once-per-request.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { openTermAction } from './actions.ts';
import { congressLabel, termFields } from './term-text.ts';

interface Props { params: Promise<{ organizationId: string }> }

const load = loadOncePerRequest(async ({ organizationId }: Awaited<Props['params']>) => {
  const actor = await requirePagePermission('committee.read');
  return { actor, view: await loadOrNotFound(organizationId, (id) => getOrganizationTerms({ actor, organizationId: id })) };
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ view }, { t }] = await Promise.all([load(props), getMessages()]);
  return { title: interpolate(t.committees.titleOf, { organization: view.organization.name }) };
}

function TermsTable({ t, view, terms, caption }: { t: Messages; view: OrganizationTerms; terms: OrganizationTerms['terms']; caption: string }) {
  const text = t.committees;
  return (
    <Table caption={caption}>
      <thead>
        <tr><Th>{text.termName}</Th><Th>{text.congress}</Th><Th>{text.years}</Th><Th>{text.committees}</Th></tr>
      </thead>
      <tbody>
        {terms.map((term) => (
          <tr key={term.id} data-testid="term-row">
            <Td className="font-medium">
              <Link href={`/organisations/${view.organization.id}/terms/${term.id}`}>{term.name}</Link>
              {term.own ? null : <span className="block text-xs font-normal text-stone-600">{interpolate(text.termOf, { owner: term.owner })}</span>}
            </Td>
            <Td>{congressLabel(t, term.congressNumber)}</Td>
            <Td className="tabular-nums">{interpolate(text.yearsValue, { start: term.startYear, end: term.endYear })}</Td>
            <Td>
              {term.committees.length === 0 ? <span className="text-stone-600">{text.noCommittees}</span> : (
                <ul>
                  {term.committees.map((committee) => (
                    <li key={committee.id}>
                      <Link href={`/organisations/${view.organization.id}/terms/${term.id}/committees/${committee.id}`}>
                        {interpolate(text.committeeSummary, { name: committee.name, count: committee.heldSeats })}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export default async function OrganizationTermsPage(props: Props) {
  const [{ actor, view }, { t }] = await Promise.all([load(props), getMessages()]);
  const text = t.committees;
  const own = view.terms.filter((term) => term.own);
  const others = view.terms.filter((term) => !term.own);
  const manage = can(actor.roles, 'committee.manage') && view.organization.active;
  return (
    <>
      <PageHeader title={interpolate(text.titleOf, { organization: view.organization.name })} eyebrow={<Link href={`/organisations/${view.organization.id}`}>{text.backToOrganization}</Link>}>
        <p>{text.kindsHint}</p>
      </PageHeader>
      {view.organization.active ? null : <p role="note" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{text.inactiveOrganization}</p>}
      <Section title={text.ownTerms} id="terms">
        {own.length === 0 ? <p>{text.noTerms}</p> : <TermsTable t={t} view={view} terms={own} caption={interpolate(text.termsCaption, { organization: view.organization.name })} />}
      </Section>
      {others.length > 0 ? (
        <Section title={text.otherTerms} id="other-terms">
          <p className="mb-3 text-sm text-stone-700">{text.otherTermsHint}</p>
          <TermsTable t={t} view={view} terms={others} caption={text.otherTerms} />
        </Section>
      ) : null}
      {manage ? (
        <Section title={text.openTerm} id="open-term">
          <CommitteeAdminForm action={openTermAction} idPrefix="open-term" hidden={{ organizationId: view.organization.id }} fields={termFields(t)} submit={text.openTerm} saving={text.saving} />
        </Section>
      ) : null}
    </>
  );
}
