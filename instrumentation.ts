// Next calls register() once when a server starts, before it serves requests, in each runtime
// (https://nextjs.org/docs/app/guides/instrumentation). It only arms a timer, so the start is not
// delayed; the node-only code is imported inside the NEXT_RUNTIME check, as the docs advise.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    try {
      const { scheduleDailyTaskJobs } = await import('./lib/server/reminders/schedule-daily-task-jobs.ts');
      // REMINDERS_DISABLED stops the notices only: the task tallies are folded all the same (decision 019).
      scheduleDailyTaskJobs({ sendReminders: process.env.REMINDERS_DISABLED !== '1' });
    } catch (error) {
      // The daily job is housekeeping: a failure here must not stop the app from serving.
      console.error('[reminders] could not be scheduled:', error);
    }
  }
}
