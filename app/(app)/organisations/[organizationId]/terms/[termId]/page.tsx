import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CommitteeAdminForm } from '@/components/committee/committee-admin-form.tsx';
import { DetailsList } from '@/components/ui/details-list.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { can } from '@/lib/auth/permissions.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { getTerm } from '@/lib/server/committees/get-term.ts';
import { loadOncePerRequest } from '@/lib/server/load-once-per-request.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { recordIdSchema } from '@/lib/schemas/ids.ts';
import { createCommitteeAction, updateTermAction } from '../actions.ts';
import { congressLabel, termFields } from '../term-text.ts';

interface Props { params: Promise<{ organizationId: string; termId: string }>; searchParams: Promise<{ done?: string }> }

const load = loadOncePerRequest(async ({ organizationId, termId }: Awaited<Props['params']>) => {
  const actor = await requirePagePermission('committee.read');
  if (!recordIdSchema.safeParse(organizationId).success) notFound();
  return { actor, view: await loadOrNotFound(termId, (id) => getTerm({ actor, organizationId, termId: id })) };
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { view } = await load(props);
  return { title: `${view.term.name} — ${view.organization.name}` };
}

export default async function TermPage(props: Props) {
  const [{ actor, view }, { t }, { done }] = await Promise.all([load(props), getMessages(), props.searchParams]);
  const text = t.committees;
  const { organization, term } = view;
  const manage = can(actor.roles, 'committee.manage');
  const base = `/organisations/${organization.id}/terms/${term.id}`;
  const doneMessage = ({ opened: text.termOpened, saved: text.termSaved } as Record<string, string>)[done ?? ''];
  return (
    <>
      <PageHeader title={term.name} eyebrow={<Link href={`/organisations/${organization.id}/terms`}>{interpolate(text.backToTerms, { organization: organization.name })}</Link>} />
      {doneMessage ? <p role="status" data-testid="form-status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">{doneMessage}</p> : null}
      <Section title={text.termDetails} id="term">
        <DetailsList
          items={[
            { label: text.termName, value: term.name },
            { label: text.congress, value: congressLabel(t, term.congressNumber) },
            { label: text.years, value: interpolate(text.yearsValue, { start: term.startYear, end: term.endYear }) },
          ]}
        />
        {term.own ? null : <p className="mt-3 text-sm text-stone-700">{interpolate(text.termOf, { owner: term.owner })}. {text.otherTermsHint}</p>}
      </Section>

      <Section title={text.committees} id="committees">
        {view.committees.length === 0 ? <p>{text.noCommittees}</p> : (
          <Table caption={interpolate(text.committeesCaption, { organization: organization.name, term: term.name })}>
            <thead>
              <tr><Th>{text.committeeName}</Th><Th>{text.committeeKind}</Th><Th>{text.secretary}</Th><Th>{text.heldSeats}</Th></tr>
            </thead>
            <tbody>
              {view.committees.map((committee) => (
                <tr key={committee.id} data-testid="committee-row">
                  <Td className="font-medium"><Link href={`${base}/committees/${committee.id}`}>{committee.name}</Link></Td>
                  <Td>{text.kinds[committee.kind]}</Td>
                  <Td>{committee.secretary ?? <span className="text-stone-600">{text.noSecretary}</span>}</Td>
                  <Td className="tabular-nums">{committee.heldSeats}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {manage && term.own && organization.active && view.kindsToCreate.length === 0 ? <p className="mt-3 text-sm text-stone-700">{text.allCommitteesCreated}</p> : null}
      </Section>

      {manage && view.kindsToCreate.length > 0 ? (
        <Section title={text.createCommittee} id="create-committee">
          <CommitteeAdminForm
            action={createCommitteeAction}
            idPrefix="create-committee"
            hidden={{ organizationId: organization.id, termId: term.id }}
            fields={[
              {
                name: 'kind', label: text.committeeKind, hint: text.kindsHint, kind: 'select', placeholder: text.chooseKind, span: 'half',
                initial: view.kindsToCreate.length === 1 ? view.kindsToCreate[0] : undefined,
                options: view.kindsToCreate.map((kind) => ({ value: kind, label: text.kinds[kind] })),
              },
              { name: 'name', label: text.committeeName, hint: text.committeeNameHint, kind: 'text' },
            ]}
            submit={text.createCommittee}
            saving={text.saving}
          />
        </Section>
      ) : null}

      {manage && term.own ? (
        <Section title={text.editTerm} id="edit-term">
          <CommitteeAdminForm action={updateTermAction} idPrefix="edit-term" hidden={{ termId: term.id, version: term.version }} fields={termFields(t, term)} submit={text.save} saving={text.saving} />
        </Section>
      ) : null}
    </>
  );
}
