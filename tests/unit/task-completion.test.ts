import { describe, expect, it } from 'vitest';
import { taskCompletion } from '../../lib/domain/task-completion.ts';

describe('taskCompletion', () => {
  it('splits the open tasks into on time and overdue, and leaves cancelled ones out of the share done', () => {
    expect(taskCompletion({ open: 12, overdue: 4, done: 30, cancelled: 2 })).toEqual({
      open: 12, overdue: 4, done: 30, cancelled: 2, onTime: 8, owed: 42, percentDone: 71,
    });
  });

  it('has no share when nothing is owed, and 100 % when all is done', () => {
    expect(taskCompletion({ open: 0, overdue: 0, done: 0, cancelled: 3 }).percentDone).toBeNull();
    expect(taskCompletion({ open: 0, overdue: 0, done: 1, cancelled: 0 }).percentDone).toBe(100);
    expect(taskCompletion({ open: 1, overdue: 1, done: 0, cancelled: 0 })).toMatchObject({ onTime: 0, percentDone: 0 });
  });

  it('rounds half up: 1 of 8 is 13 %', () => {
    expect(taskCompletion({ open: 7, overdue: 0, done: 1, cancelled: 0 }).percentDone).toBe(13);
  });
});
