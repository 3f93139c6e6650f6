/**
 * How far a unit has got with its follow-up tasks, from counts the database aggregates.
 *
 * Cancelled tasks owe nothing and are left out of the share: a unit whose only other task was
 * cancelled by decision has done everything it still owed. Overdue tasks are a part of the open
 * ones (open and due before today, PRODUCT.md §4), so the three parts of the bar are
 * done + open on time + overdue = every task not cancelled.
 */

export interface TaskCounts {
  /** Not started, in progress or paused (overdue ones included). */
  open: number;
  /** Open and due before today. */
  overdue: number;
  done: number;
  cancelled: number;
}

export interface TaskCompletion extends TaskCounts {
  /** Open and not overdue. */
  onTime: number;
  /** Tasks still owed or done: open + done. */
  owed: number;
  /** done / owed as a whole percentage (half up); null when nothing is owed. */
  percentDone: number | null;
}

export function taskCompletion(counts: TaskCounts): TaskCompletion {
  const overdue = Math.min(counts.overdue, counts.open);
  const owed = counts.open + counts.done;
  return {
    ...counts,
    overdue,
    onTime: counts.open - overdue,
    owed,
    percentDone: owed === 0 ? null : Math.round((counts.done / owed) * 100),
  };
}

const byName = new Intl.Collator('vi');

const byNeed = (a: TaskCompletion, b: TaskCompletion) => b.overdue - a.overdue || b.open - a.open;

/**
 * The units a dashboard shows when there are too many for one chart: those with the most overdue tasks,
 * then the most still open, then by name — the ones to chase first. Sorted by name when all fit.
 *
 * Names only break ties, so only the units that can still make the cut (at least as much in need as the
 * last one shown) are compared by name: collating a province's 500 names in Vietnamese took about 2 ms of
 * every dashboard request.
 */
export function unitsMostInNeed<T extends TaskCompletion & { name: string }>(units: readonly T[], max: number): T[] {
  if (units.length <= max) return [...units].sort((a, b) => byName.compare(a.name, b.name));
  if (max <= 0) return [];
  const ranked = [...units].sort(byNeed);
  const last = ranked[max - 1]!;
  return ranked
    .filter((unit) => byNeed(unit, last) <= 0)
    .sort((a, b) => byNeed(a, b) || byName.compare(a.name, b.name))
    .slice(0, max);
}
