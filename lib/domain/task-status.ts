/**
 * Task status transitions and progress rules.
 *
 *   NOT_STARTED → IN_PROGRESS | DONE | PAUSED | CANCELLED
 *   IN_PROGRESS → DONE | PAUSED | CANCELLED
 *   PAUSED      → IN_PROGRESS | CANCELLED
 *   DONE        → IN_PROGRESS   (reopened: the next review finds the work incomplete)
 *   CANCELLED   → (final)       (a decision recorded with its reason; renewed work is a new task)
 *
 * A small task may go from NOT_STARTED straight to DONE in one update. Keeping the same status is
 * not a transition (canTransition is false) but is a valid update, e.g. reporting more progress.
 * Cancelling requires a reason: the schema keeps it in Task.cancelReason and reviews ask why.
 * Progress is a whole percentage 0–100; DONE means 100 (a DONE task at 80 % would contradict itself).
 */

export type TaskStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'PAUSED' | 'CANCELLED';

export const TASK_STATUSES: readonly TaskStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'PAUSED', 'CANCELLED'];

const TRANSITIONS: Record<TaskStatus, readonly TaskStatus[]> = {
  NOT_STARTED: ['IN_PROGRESS', 'DONE', 'PAUSED', 'CANCELLED'],
  IN_PROGRESS: ['DONE', 'PAUSED', 'CANCELLED'],
  PAUSED: ['IN_PROGRESS', 'CANCELLED'],
  DONE: ['IN_PROGRESS'],
  CANCELLED: [],
};

export function nextTaskStatuses(status: TaskStatus): readonly TaskStatus[] {
  return TRANSITIONS[status];
}

export function canTransitionTask(from: TaskStatus, to: TaskStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Whether moving a task into this status needs a written reason. */
export function requiresReason(status: TaskStatus): boolean {
  return status === 'CANCELLED';
}

/** Progress is a whole percentage from 0 to 100. */
export function isValidProgress(progress: number): boolean {
  return Number.isInteger(progress) && progress >= 0 && progress <= 100;
}

/** Terminal for deadline purposes: nothing is owed on a task that is done or cancelled. */
export function isClosedTaskStatus(status: TaskStatus): boolean {
  return status === 'DONE' || status === 'CANCELLED';
}

/** The statuses of work still owed: the ones overdue, due soon and reminders look at. */
export const OPEN_TASK_STATUSES: TaskStatus[] = TASK_STATUSES.filter((status) => !isClosedTaskStatus(status));

export type TaskUpdateProblem =
  | 'TRANSITION_NOT_ALLOWED'
  | 'REASON_REQUIRED'
  | 'PROGRESS_INVALID'
  | 'DONE_REQUIRES_FULL_PROGRESS'
  | 'TASK_CANCELLED';

export interface TaskUpdateInput {
  from: TaskStatus;
  to: TaskStatus;
  progress: number;
  reason?: string | null;
}

/**
 * Every rule a task update breaks, so a form can show them all at once; empty when valid.
 * A cancelled task takes no update at all (not even "still cancelled": its reason is the decision on
 * record), so that is the only problem reported for it. A reason is required when entering CANCELLED.
 */
export function checkTaskUpdate({ from, to, progress, reason }: TaskUpdateInput): TaskUpdateProblem[] {
  if (from === 'CANCELLED') return ['TASK_CANCELLED'];
  const problems: TaskUpdateProblem[] = [];
  if (from !== to && !canTransitionTask(from, to)) problems.push('TRANSITION_NOT_ALLOWED');
  if (from !== to && requiresReason(to) && !reason?.trim()) problems.push('REASON_REQUIRED');
  if (!isValidProgress(progress)) problems.push('PROGRESS_INVALID');
  else if (to === 'DONE' && progress !== 100) problems.push('DONE_REQUIRES_FULL_PROGRESS');
  return problems;
}
