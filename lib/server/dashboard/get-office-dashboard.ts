import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { todayInVietnam } from '../../domain/task-deadline.ts';
import { findConferences } from '../conferences/find-conferences.ts';
import { countTasksByDeadline } from '../tasks/count-tasks-by-deadline.ts';
import { countTasksByOwner } from './count-tasks-by-owner.ts';
import { findDeadlineTasks } from './find-deadline-tasks.ts';
import { findTargetProgress } from './find-target-progress.ts';

/** How many conferences and tasks each short list of a dashboard shows; the full lists are a link away. */
export const DASHBOARD_LIST_SIZE = 5;

/**
 * Everything the office's home page shows, read at `now` (today in Vietnam for deadlines). A fixed
 * number of statements, however many tasks, conferences or results there are: every list is a LIMIT
 * and every figure a database aggregate.
 */
export async function getOfficeDashboard({ actor, now }: { actor: Actor; now: Date }) {
  requirePermission(actor, 'resolution.read');
  const today = todayInVietnam(now);
  const [upcoming, recent, taskCounts, deadlineTasks, owners, targets] = await Promise.all([
    findConferences({ actor, when: 'upcoming', now, take: DASHBOARD_LIST_SIZE }),
    findConferences({ actor, when: 'past', now, take: DASHBOARD_LIST_SIZE }),
    countTasksByDeadline({ actor, today }),
    findDeadlineTasks({ actor, today, take: DASHBOARD_LIST_SIZE }),
    countTasksByOwner({ actor, today }),
    findTargetProgress({ actor, year: Number(today.slice(0, 4)) }),
  ]);
  return { today, upcoming, recent, taskCounts, deadlineTasks, owners, targets };
}

export type OfficeDashboard = Awaited<ReturnType<typeof getOfficeDashboard>>;
