'use server';

import { revalidatePath } from 'next/cache';
import { breakdownMessage } from '@/components/resolution/breakdown-check.tsx';
import type { ResultPeriod } from '@/lib/db/generated/prisma/enums.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import { addTargetResultSchema, removeTargetResultSchema, updateTargetResultSchema, type TargetResultFormState } from '@/lib/schemas/target-result.ts';
import { formValues, runAction } from '@/lib/server/action-state.ts';
import { addTargetResult, type SavedTargetResult } from '@/lib/server/targets/add-target-result.ts';
import { removeTargetResult } from '@/lib/server/targets/remove-target-result.ts';
import { updateTargetResult } from '@/lib/server/targets/update-target-result.ts';

/** The target page and the resolution's target table both show the results. */
function refresh({ resolutionId, targetId }: { resolutionId: string; targetId: string }): void {
  revalidatePath(`/resolutions/${resolutionId}/targets/${targetId}`);
  revalidatePath(`/resolutions/${resolutionId}`);
}

const periodText = (t: Messages, period: ResultPeriod, year: number) => interpolate(t.resolutions.periods[period], { year });

/** "Saved", with a warning when the parts do not add up to the total (the result is saved all the same). */
function savedState(saved: SavedTargetResult & { period: ResultPeriod; year: number }, template: string, t: Messages, locale: Locale): TargetResultFormState {
  const { breakdown } = saved;
  return {
    status: 'success',
    message: interpolate(template, { period: periodText(t, saved.period, saved.year) }),
    warning: breakdown.hasParts && !breakdown.matches ? breakdownMessage(breakdown, t, locale) : null,
  };
}

export async function addTargetResultAction(_previous: TargetResultFormState, formData: FormData): Promise<TargetResultFormState> {
  const result = await runAction({
    permission: 'target.recordResult',
    schema: addTargetResultSchema,
    input: formValues(formData),
    run: async (actor, data) => ({ ...(await addTargetResult({ actor, ...data })), period: data.period, year: data.year }),
  });
  if (!result.ok) return result.state;
  refresh(result.value);
  return savedState(result.value, result.t.targets.form.added, result.t, result.locale);
}

export async function updateTargetResultAction(_previous: TargetResultFormState, formData: FormData): Promise<TargetResultFormState> {
  const result = await runAction({
    permission: 'target.recordResult',
    schema: updateTargetResultSchema,
    input: formValues(formData),
    run: async (actor, data) => ({ ...(await updateTargetResult({ actor, ...data })), period: data.period, year: data.year }),
  });
  if (!result.ok) return result.state;
  refresh(result.value);
  return savedState(result.value, result.t.targets.form.updated, result.t, result.locale);
}

export async function removeTargetResultAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'target.removeResult',
    schema: removeTargetResultSchema,
    input: formValues(formData),
    run: (actor, data) => removeTargetResult({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  refresh(result.value);
  return { status: 'success', message: interpolate(result.t.targets.form.removed, { period: periodText(result.t, result.value.period, result.value.year) }) };
}
