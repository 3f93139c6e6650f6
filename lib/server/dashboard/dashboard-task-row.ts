import 'server-only';
import type { Prisma } from '../../db/generated/prisma/client.ts';

// What a dashboard's short task lists show of a task, and which tasks are still owed. Shared by the
// office's overdue and due-soon lists and the attendee's own and unit lists.

export { OPEN_TASK_STATUSES } from '../../domain/task-status.ts';

export const DASHBOARD_TASK_SELECT = {
  id: true, title: true, status: true, progress: true, dueDate: true,
  ownerOrganization: { select: { shortName: true, name: true } },
  responsibleMember: { select: { fullName: true } },
} satisfies Prisma.TaskSelect;

/** Soonest deadline first (the longest overdue at the top), tasks without a deadline last; the id keeps it stable. */
export const DASHBOARD_TASK_ORDER: Prisma.TaskOrderByWithRelationInput[] = [{ dueDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }];

/** A 'YYYY-MM-DD' day as the DATE column holds it. */
export const asDateColumn = (day: string) => new Date(`${day}T00:00:00Z`);

export type DashboardTaskRow = Prisma.TaskGetPayload<{ select: typeof DASHBOARD_TASK_SELECT }>;
