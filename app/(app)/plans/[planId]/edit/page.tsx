import type { Metadata } from 'next';
import { PlanForm } from '@/components/plan/plan-form.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { calendarDateOf } from '@/lib/domain/calendar.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { getPlan } from '@/lib/server/plans/get-plan.ts';
import { getPlanFormOptions } from '@/lib/server/plans/get-plan-form-options.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { updatePlanAction } from '../../actions.ts';

interface Props { params: Promise<{ planId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.plans.edit };
}

export default async function EditPlanPage({ params }: Props) {
  const actor = await requirePagePermission('plan.update');
  const { planId } = await params;
  const [plan, { t }, options] = await Promise.all([
    loadOrNotFound(planId, (id) => getPlan({ actor, planId: id })),
    getMessages(),
    getPlanFormOptions({ actor }),
  ]);
  return (
    <>
      <PageHeader title={t.plans.edit} eyebrow={plan.officialNumber} />
      <PlanForm
        action={updatePlanAction}
        text={t.plans}
        issuers={options.issuers}
        resolutions={options.resolutions}
        initial={{
          planId: plan.id, version: String(plan.version), officialNumber: plan.officialNumber, issuedOn: calendarDateOf(plan.issuedOn),
          issuerId: plan.issuerId, title: plan.title, purpose: plan.purpose ?? '', content: plan.content ?? '', resolutionId: plan.resolution?.id ?? '',
        }}
        cancelHref={`/plans/${plan.id}`}
      />
    </>
  );
}
