import type { Metadata } from 'next';
import { ConferenceList } from '@/components/conference/conference-list.tsx';
import { PlanDocuments } from '@/components/document/plan-documents.tsx';
import { DetailsList } from '@/components/ui/details-list.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import Link from 'next/link';
import { formatCalendarDate } from '@/lib/i18n/format.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { loadOncePerRequest } from '@/lib/server/load-once-per-request.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { getPlan } from '@/lib/server/plans/get-plan.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';

interface Props { params: Promise<{ planId: string }> }

const load = loadOncePerRequest(async ({ planId }: Awaited<Props['params']>) => {
  const actor = await requirePagePermission('plan.read');
  return loadOrNotFound(planId, (id) => getPlan({ actor, planId: id }));
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const plan = await load(props);
  return { title: plan.officialNumber };
}

export default async function PlanPage(props: Props) {
  const [plan, { t, locale }] = await Promise.all([load(props), getMessages()]);
  return (
    <>
      <PageHeader title={plan.title} eyebrow={`${t.plans.title} ${plan.officialNumber} · ${formatCalendarDate(plan.issuedOn, locale)}`} />
      <Section title={t.plans.title} id="plan-details" actions={<Link href={`/plans/${plan.id}/edit`} className="rounded-md border border-stone-300 px-3 py-1.5 text-sm no-underline">{t.plans.edit}</Link>}>
        <DetailsList
          items={[
            { label: t.plans.officialNumber, value: plan.officialNumber },
            { label: t.plans.issuedOn, value: formatCalendarDate(plan.issuedOn, locale) },
            { label: t.plans.issuer, value: plan.issuer.name },
            { label: t.plans.resolution, value: plan.resolution ? <Link href={`/resolutions/${plan.resolution.id}`}>{plan.resolution.title}</Link> : t.common.none },
            { label: t.plans.purpose, value: plan.purpose ?? t.common.none },
            { label: t.plans.content, value: plan.content ?? t.common.none },
          ]}
        />
      </Section>
      <Section title={t.plans.conferences} id="plan-conferences" actions={<Link href={`/conferences/new?planId=${plan.id}`} className="rounded-md border border-stone-300 px-3 py-1.5 text-sm no-underline">{t.conferenceTools.newConference}</Link>}>
        <ConferenceList conferences={plan.conferences} t={t} locale={locale} emptyText={t.conferences.empty} />
      </Section>
      <Section title={t.tasks.title} id="plan-tasks" actions={<Link href={`/tasks/new?planId=${plan.id}`} className="rounded-md border border-stone-300 px-3 py-1.5 text-sm no-underline">{t.tasks.detail.assign}</Link>}>
        <p className="text-sm"><Link href={`/tasks?planId=${plan.id}`}>{t.tasks.detail.planTasks}</Link></p>
      </Section>
      <PlanDocuments planId={plan.id} t={t} locale={locale} />
    </>
  );
}
