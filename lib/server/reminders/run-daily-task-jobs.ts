import 'server-only';
import { db, type Database } from '../../db/client.ts';
import { compactTaskTally } from '../tasks/compact-task-tally.ts';
import { describeReminderRun, sendTaskReminders } from './send-task-reminders.ts';

/**
 * The daily job, as the app runs it at 06:00 and `npm run reminders` runs it by hand: the day's
 * reminders, then the task tally folded. Returns a line for the log.
 */
export async function runDailyTaskJobs({ today, database = db(), appUrl }: { today: string; database?: Database; appUrl?: string }): Promise<string> {
  const counts = await sendTaskReminders({ today, database, appUrl });
  const folded = await compactTaskTally(database);
  return `${describeReminderRun(today, counts)}; ${folded} task tally row(s) folded`;
}
