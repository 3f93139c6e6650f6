'use server';

import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import { createPlanSchema, updatePlanSchema } from '@/lib/schemas/plan.ts';
import { formValues, runAction } from '@/lib/server/action-state.ts';
import { createPlan } from '@/lib/server/plans/create-plan.ts';
import { updatePlan } from '@/lib/server/plans/update-plan.ts';

export async function createPlanAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'plan.create',
    schema: createPlanSchema,
    input: formValues(formData),
    run: (actor, data) => createPlan({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  redirect(`/plans/${result.value.id}`);
}

export async function updatePlanAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'plan.update',
    schema: updatePlanSchema,
    input: formValues(formData),
    run: (actor, data) => updatePlan({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  redirect(`/plans/${result.value.id}`);
}
