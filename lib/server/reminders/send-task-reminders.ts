import 'server-only';
import { db, type Database } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { addDays, calendarDateOf } from '../../domain/calendar.ts';
import { daysUntil, deadlineState, DUE_SOON_DAYS } from '../../domain/task-deadline.ts';
import { OPEN_TASK_STATUSES } from '../../domain/task-status.ts';
import { formatCalendarDate } from '../../i18n/format.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/locale.ts';
import { en } from '../../i18n/messages/en.ts';
import { vi, type Messages } from '../../i18n/messages/vi.ts';

const CATALOGUES: Record<Locale, Messages> = { vi, en };

type ReminderKind = 'overdue' | 'due-soon';
const NOTIFICATION_KIND: Record<ReminderKind, string> = { overdue: 'task.overdue', 'due-soon': 'task.dueSoon' };

export interface TaskReminderCounts {
  /** Open tasks past their due date today. */
  overdue: number;
  /** Open tasks due from today to DUE_SOON_DAYS days ahead. */
  dueSoon: number;
  /** Notifications written by this run (none for what an earlier run of the same day wrote). */
  notifications: number;
  /** Emails put into the outbox by this run, likewise. */
  emails: number;
}

/**
 * The daily reminders: for each open task that is overdue or due soon on `today` (a Vietnam calendar
 * day, 'YYYY-MM-DD'), one notification per recipient and one email to the recipient's address when
 * the member has one. Each row has a dedupe key of task, recipient, kind and day, inserted with
 * ON CONFLICT DO NOTHING: a second run of the same day, or a run of another app server at the same
 * moment, writes nothing twice. The same few queries whatever the number of tasks (no query per task).
 *
 * A system job, not a person's action: no actor and no audit row; the rows themselves are the record.
 * `appUrl` (NEXTAUTH_URL) makes the email's link absolute; without it the email carries no link.
 */
export async function sendTaskReminders({
  today,
  database = db(),
  appUrl,
}: {
  today: string;
  database?: Database;
  appUrl?: string;
}): Promise<TaskReminderCounts> {
  assertCalendarDay(today);
  const candidates = await database.task.findMany({
    // Narrowed in the database; which of them are overdue or due soon is the domain's rule, below.
    where: { status: { in: OPEN_TASK_STATUSES }, dueDate: { lte: new Date(`${addDays(today, DUE_SOON_DAYS)}T00:00:00Z`) } },
    orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
    select: { id: true, title: true, status: true, dueDate: true, ownerOrganizationId: true, responsibleMemberId: true },
  });
  const tasks = candidates.flatMap((task) => {
    if (!task.dueDate) return [];
    const dueDate = calendarDateOf(task.dueDate);
    const state = deadlineState({ dueDate, status: task.status, today });
    if (state !== 'OVERDUE' && state !== 'DUE_SOON') return [];
    const kind: ReminderKind = state === 'OVERDUE' ? 'overdue' : 'due-soon';
    return [{ ...task, dueDate, kind }];
  });

  const recipients = await findRecipients(database, tasks);
  const notifications: Prisma.NotificationCreateManyInput[] = [];
  const emails: Prisma.OutboxMessageCreateManyInput[] = [];
  for (const task of tasks) {
    for (const user of recipients(task)) {
      const dedupeKey = `task-reminder:${task.kind}:${task.id}:${user.id}:${today}`;
      const link = `/tasks/${task.id}`;
      const message = reminderText({ task, today, locale: isLocale(user.locale) ? user.locale : DEFAULT_LOCALE });
      notifications.push({ userId: user.id, kind: NOTIFICATION_KIND[task.kind], title: message.title, body: message.body, link, dedupeKey });
      const address = user.member.email?.trim();
      if (address) {
        emails.push({ toAddress: address, subject: message.title, body: message.email(appUrl ? `${appUrl.replace(/\/+$/, '')}${link}` : null), dedupeKey });
      }
    }
  }

  // Rows come in a fixed order (tasks by due date and id, users by id), so two concurrent runs take
  // the dedupe keys' index locks in the same order: the second waits for the first, then skips.
  const [notified, queued] = await database.$transaction([
    database.notification.createMany({ data: notifications, skipDuplicates: true }),
    database.outboxMessage.createMany({ data: emails, skipDuplicates: true }),
  ]);
  return {
    overdue: tasks.filter((task) => task.kind === 'overdue').length,
    dueSoon: tasks.filter((task) => task.kind === 'due-soon').length,
    notifications: notified.count,
    emails: queued.count,
  };
}

/** One log line for a run, the same from the script and from the in-app schedule. */
export function describeReminderRun(today: string, counts: TaskReminderCounts): string {
  return (
    `${today}: ${counts.overdue} overdue, ${counts.dueSoon} due soon; ` +
    `${counts.notifications} notification(s) and ${counts.emails} email(s) written`
  );
}

interface ReminderTask {
  id: string;
  title: string;
  dueDate: string;
  kind: ReminderKind;
  ownerOrganizationId: string;
  responsibleMemberId: string | null;
}

/**
 * Who is reminded of a task, in one query for all tasks. Active accounts only (the user and the
 * member both active, as lib/auth/load-actor.ts requires to sign in) that hold a role, since without
 * one the task's page would refuse them.
 * - The responsible person's account.
 * - A task with no responsible person: the attendees of the owner unit. "Of the unit" is the member's
 *   own organisation, not the organisation on the ATTENDEE role: that is what lets an attendee see the
 *   unit's tasks (taskScope in lib/auth/scope.ts), so the reminder's link opens for them. The unit's
 *   secretaries and admins are not reminded: they see every task of their subtree on the task list.
 */
async function findRecipients(database: Database, tasks: readonly ReminderTask[]) {
  const responsibleIds = [...new Set(tasks.flatMap((task) => (task.responsibleMemberId ? [task.responsibleMemberId] : [])))];
  const unassignedOwnerIds = [...new Set(tasks.filter((task) => !task.responsibleMemberId).map((task) => task.ownerOrganizationId))];
  const users =
    tasks.length === 0
      ? []
      : await database.user.findMany({
          where: {
            deactivatedAt: null,
            member: { deactivatedAt: null },
            OR: [
              { memberId: { in: responsibleIds }, roles: { some: {} } },
              { member: { organizationId: { in: unassignedOwnerIds } }, roles: { some: { role: 'ATTENDEE' } } },
            ],
          },
          orderBy: { id: 'asc' },
          select: {
            id: true, locale: true, memberId: true,
            member: { select: { organizationId: true, email: true } },
            roles: { select: { role: true } },
          },
        });
  const byMember = groupBy(users, (user) => user.memberId);
  const attendeesByUnit = groupBy(
    users.filter((user) => user.roles.some((entry) => entry.role === 'ATTENDEE')),
    (user) => user.member.organizationId,
  );
  return (task: ReminderTask) =>
    (task.responsibleMemberId ? byMember.get(task.responsibleMemberId) : attendeesByUnit.get(task.ownerOrganizationId)) ?? [];
}

/** Map.groupBy, which Node 20 (our minimum) does not have. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** The notification's title and body in the recipient's language, and the email made of them. */
function reminderText({ task, today, locale }: { task: ReminderTask; today: string; locale: Locale }) {
  const t = CATALOGUES[locale].reminders;
  const days = daysUntil(task.dueDate, today);
  const values = { title: task.title, due: formatCalendarDate(new Date(`${task.dueDate}T00:00:00Z`), locale), days: Math.abs(days) };
  const title = interpolate(task.kind === 'overdue' ? t.overdueTitle : t.dueSoonTitle, values);
  const body = interpolate(task.kind === 'overdue' ? t.overdueBody : days === 0 ? t.dueTodayBody : t.dueSoonBody, values);
  const email = (link: string | null) => [body, ...(link ? ['', interpolate(t.emailLink, { link })] : []), '', t.emailSignature].join('\n');
  return { title, body, email };
}

/** 'YYYY-MM-DD' and a real day (not 2025-02-30): a wrong `today` must fail loudly, not remind on a shifted day. */
function assertCalendarDay(day: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || addDays(day, 0) !== day) throw new RangeError(`Expected a calendar day 'YYYY-MM-DD', got '${day}'`);
}
