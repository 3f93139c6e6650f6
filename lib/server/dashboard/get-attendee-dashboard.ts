import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { todayInVietnam } from '../../domain/task-deadline.ts';
import { findConferences } from '../conferences/find-conferences.ts';
import { findMyTasks } from './find-my-tasks.ts';
import { DASHBOARD_LIST_SIZE } from './get-office-dashboard.ts';

/**
 * Everything an attendee's home page shows: the conferences they are invited to (next ones with their
 * own answer, and recent ones), the open tasks they answer for and those of their unit. A fixed number
 * of statements, however many tasks there are.
 */
export async function getAttendeeDashboard({ actor, now }: { actor: Actor; now: Date }) {
  requirePermission(actor, 'task.read');
  const today = todayInVietnam(now);
  const [upcoming, recent, tasks] = await Promise.all([
    findConferences({ actor, when: 'upcoming', now, take: DASHBOARD_LIST_SIZE }),
    findConferences({ actor, when: 'past', now, take: DASHBOARD_LIST_SIZE }),
    findMyTasks({ actor, take: DASHBOARD_LIST_SIZE }),
  ]);
  return { today, upcoming, recent, tasks };
}

export type AttendeeDashboard = Awaited<ReturnType<typeof getAttendeeDashboard>>;
