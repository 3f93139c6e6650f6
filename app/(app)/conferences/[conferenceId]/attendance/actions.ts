'use server';

import { refresh } from 'next/cache';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import { recordAttendanceSchema } from '@/lib/schemas/attendance.ts';
import { formValues, runAction } from '@/lib/server/action-state.ts';
import { recordAttendance } from '@/lib/server/attendance/record-attendance.ts';

export async function recordAttendanceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'attendance.record',
    schema: recordAttendanceSchema,
    input: formValues(formData),
    run: (actor, data) => recordAttendance({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  refresh();
  return { status: 'success', message: interpolate(result.t.attendance.saved, { count: result.value.saved }) };
}
