'use server';

import { refresh } from 'next/cache';
import { now } from '@/lib/clock.ts';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import { resetCalendarFeedSchema } from '@/lib/schemas/calendar.ts';
import { formValues, runAction } from '@/lib/server/action-state.ts';
import { resetCalendarFeed } from '@/lib/server/calendar/reset-calendar-feed.ts';

/** "Tạo liên kết" and "Đặt lại liên kết": always the signed-in user's own feed, never one named by the form. */
export async function resetCalendarFeedAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'calendar.manageFeed',
    schema: resetCalendarFeedSchema,
    input: formValues(formData),
    run: async (actor, data) => ({ ...(await resetCalendarFeed({ actor, intent: data.intent, now: now() })), intent: data.intent }),
  });
  if (!result.ok) return result.state;
  refresh();
  return { status: 'success', message: result.value.intent === 'create' ? result.t.calendar.createdDone : result.t.calendar.resetDone };
}
