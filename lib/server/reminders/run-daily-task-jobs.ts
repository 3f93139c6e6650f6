import 'server-only';
import { db, type Database } from '../../db/client.ts';
import { compactTaskTally } from '../tasks/compact-task-tally.ts';
import { describeReminderRun, sendTaskReminders } from './send-task-reminders.ts';

/**
 * The daily job, as the app runs it at 06:00 and `npm run reminders` runs it by hand: the day's
 * reminders (unless `sendReminders` is false: REMINDERS_DISABLED), then the task tallies folded
 * (decision 019). A failed reminder run does not stop the fold (the tallies would grow day after day);
 * its error is thrown once the fold is done. Returns a line for the log.
 */
export async function runDailyTaskJobs({ today, database = db(), appUrl, sendReminders = true }: { today: string; database?: Database; appUrl?: string; sendReminders?: boolean }): Promise<string> {
  let remindersFailure: unknown = null;
  let reminders = `${today}: reminders disabled (REMINDERS_DISABLED)`;
  if (sendReminders) {
    try {
      reminders = describeReminderRun(today, await sendTaskReminders({ today, database, appUrl }));
    } catch (error) {
      remindersFailure = error;
    }
  }
  const folded = await compactTaskTally(database);
  if (remindersFailure) throw remindersFailure;
  return `${reminders}; ${folded} task tally row(s) folded`;
}
