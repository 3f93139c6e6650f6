import 'server-only';
import { db, type Database } from '../../db/client.ts';

/**
 * Folds both task tallies (TaskTally, SubtreeTaskTally) into one row per (organisation, status) — the
 * database's task_tally_compact (migration 20261206071624_task_tally). Every statement that writes tasks
 * appends a few rows to them; folded once a day, the dashboard's sums read a few rows per unit however
 * long the term. Safe beside task writes and beside another compaction (another app server's daily run).
 * Returns the rows folded.
 */
export async function compactTaskTally(database: Database = db()): Promise<number> {
  const [row] = await database.$queryRaw<{ folded: number }[]>`SELECT task_tally_compact() AS folded`;
  return row!.folded;
}
