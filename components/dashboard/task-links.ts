import { addDays } from '@/lib/domain/calendar.ts';
import { DUE_SOON_DAYS } from '@/lib/domain/task-deadline.ts';

// The filtered task lists (/tasks) behind each part of a dashboard; the filters are those of
// lib/schemas/task-filters.ts, so each link is a view anyone may share.

export const overdueTasksHref = () => '/tasks?overdue=1';

/** Due from today to the last due-soon day (the list then also shows any done ones of those days). */
export const dueSoonTasksHref = (today: string) => `/tasks?${new URLSearchParams({ dueFrom: today, dueTo: addDays(today, DUE_SOON_DAYS) })}`;

export const ownerTasksHref = (organizationId: string) => `/tasks?${new URLSearchParams({ ownerId: organizationId })}`;

export const personTasksHref = (memberId: string) => `/tasks?${new URLSearchParams({ personId: memberId })}`;
