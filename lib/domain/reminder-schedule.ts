// When the daily task reminders run: at a fixed time of day in Vietnam. Vietnam keeps UTC+7 without
// daylight saving, so every day has 24 hours and the next run is simply today's time or tomorrow's.
import { addDays } from './calendar.ts';
import { vietnamDateOf, vietnamInstant } from './vietnam-time.ts';

/** Reminders are waiting when the office opens (07:00). */
export const DAILY_REMINDER_TIME = '06:00';

/** The first run after a server starts: soon, but not in the middle of start-up. */
export const FIRST_REMINDER_DELAY_MS = 30_000;

/** The first instant strictly after `now` whose Vietnam time of day is `time` ("HH:mm"). */
export function nextDailyRun(now: Date, time: string): Date {
  const today = vietnamDateOf(now);
  const todaysRun = vietnamInstant(today, time);
  return todaysRun.getTime() > now.getTime() ? todaysRun : vietnamInstant(addDays(today, 1), time);
}

/** Milliseconds from `now` to the next run: more than 0 and at most one day (a valid setTimeout delay). */
export function delayUntilNextRun(now: Date, time: string): number {
  return nextDailyRun(now, time).getTime() - now.getTime();
}
