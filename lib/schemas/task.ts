import { z } from 'zod';
import { TaskPriority, TaskStatus } from '../db/generated/prisma/enums.ts';
import { calendarDate, isoDay, optionalId, optionalText, requiredText, versionField } from './fields.ts';

// A task's own fields (title, owners, dates, priority) and a progress report on it are two forms with
// two permissions: the office assigns and edits tasks, owners report on them.

const optionalDay = z
  .union([z.literal(''), isoDay])
  .optional()
  .transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null));

/** A checkbox group: absent (none ticked), one value or several. */
const idList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  .pipe(z.array(z.uuid('invalidChoice')).max(50))
  .transform((ids) => [...new Set(ids)]);

const taskFields = {
  title: requiredText(500),
  description: optionalText(4000),
  ownerOrganizationId: z.uuid('invalidChoice'),
  coOwnerIds: idList,
  responsibleMemberId: optionalId,
  startDate: optionalDay,
  dueDate: optionalDay,
  priority: z.enum(TaskPriority, 'invalidChoice'),
  targetId: optionalId,
};

/** A due date before the start date is a typing slip, refused next to the due date. */
function datesInOrder(task: { startDate: Date | null; dueDate: Date | null }): boolean {
  return !task.startDate || !task.dueDate || task.dueDate >= task.startDate;
}
const DATES_IN_ORDER = { message: 'task.dueBeforeStart', path: ['dueDate'] };

/** Where a new task comes from: a published conclusion, a plan, or neither (then a target or nothing). */
export const createTaskSchema = z
  .object({ ...taskFields, conclusionId: optionalId, planId: optionalId })
  .refine(datesInOrder, DATES_IN_ORDER);

export const updateTaskSchema = z
  .object({ ...taskFields, taskId: z.uuid(), version: versionField })
  .refine(datesInOrder, DATES_IN_ORDER);

export const reportTaskProgressSchema = z.object({
  taskId: z.uuid(),
  version: versionField,
  reportedOn: calendarDate,
  progress: z.coerce.number('task.progressRange').int('task.progressRange').min(0, 'task.progressRange').max(100, 'task.progressRange'),
  status: z.enum(TaskStatus, 'invalidChoice'),
  note: optionalText(4000),
  // A form with no file chosen still sends an empty part: that is no attachment.
  file: z
    .file('document.fileRequired')
    .optional()
    .transform((file) => (file && file.size > 0 ? file : null)),
});

export type CreateTaskInput = z.output<typeof createTaskSchema>;
export type UpdateTaskInput = z.output<typeof updateTaskSchema>;
export type ReportTaskProgressInput = z.output<typeof reportTaskProgressSchema>;
