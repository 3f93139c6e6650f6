import 'server-only';
import { now } from '../../clock.ts';
import { DAILY_REMINDER_TIME, delayUntilNextRun, FIRST_REMINDER_DELAY_MS } from '../../domain/reminder-schedule.ts';
import { todayInVietnam } from '../../domain/task-deadline.ts';
import { serverEnv } from '../../env.ts';
import { runDailyTaskJobs } from './run-daily-task-jobs.ts';

// On globalThis, like the database client: `next dev` reloads modules, and a second timer would
// only do the same work twice.
const state = globalThis as unknown as { dailyTaskJobsTimer?: NodeJS.Timeout };

/**
 * Runs the daily job (the reminders unless `sendReminders` is false, then the task tallies folded)
 * shortly after the server starts (a server that was down at 06:00 catches up), then every day at 06:00
 * in Vietnam. Every app server does this; the dedupe keys make the extra reminder runs write nothing,
 * and folds beside one another count nothing twice (PRODUCT.md: nothing may assume one process). The
 * timer is unref'd so it never keeps a stopping server alive, and a failed run is logged and retried at
 * the next time, never thrown.
 */
export function scheduleDailyTaskJobs({ sendReminders }: { sendReminders: boolean }): void {
  if (state.dailyTaskJobsTimer) return;
  arm(FIRST_REMINDER_DELAY_MS, sendReminders);
}

function arm(delayMs: number, sendReminders: boolean): void {
  state.dailyTaskJobsTimer = setTimeout(() => void runThenArm(sendReminders), delayMs);
  state.dailyTaskJobsTimer.unref();
}

async function runThenArm(sendReminders: boolean): Promise<void> {
  try {
    const today = todayInVietnam(now());
    console.log(`[reminders] ${await runDailyTaskJobs({ today, appUrl: serverEnv().NEXTAUTH_URL, sendReminders })}`);
  } catch (error) {
    console.error('[reminders] failed; the next run will try again:', error);
  } finally {
    arm(delayUntilNextRun(now(), DAILY_REMINDER_TIME), sendReminders);
  }
}
