import { describe, expect, it } from 'vitest';
import {
  canTransitionTask,
  checkTaskUpdate,
  isClosedTaskStatus,
  isValidProgress,
  nextTaskStatuses,
  requiresReason,
  TASK_STATUSES,
} from '../../lib/domain/task-status.ts';

describe('task status transitions', () => {
  it('allows exactly these moves', () => {
    const allowed: string[] = [];
    for (const from of TASK_STATUSES) for (const to of TASK_STATUSES) if (canTransitionTask(from, to)) allowed.push(`${from}→${to}`);
    expect(allowed).toEqual([
      'NOT_STARTED→IN_PROGRESS',
      'NOT_STARTED→DONE',
      'NOT_STARTED→PAUSED',
      'NOT_STARTED→CANCELLED',
      'IN_PROGRESS→DONE',
      'IN_PROGRESS→PAUSED',
      'IN_PROGRESS→CANCELLED',
      'DONE→IN_PROGRESS',
      'PAUSED→IN_PROGRESS',
      'PAUSED→CANCELLED',
    ]);
  });

  it('a cancelled task is final; a done one can only be reopened', () => {
    expect(nextTaskStatuses('CANCELLED')).toEqual([]);
    expect(nextTaskStatuses('DONE')).toEqual(['IN_PROGRESS']);
    expect(canTransitionTask('PAUSED', 'DONE')).toBe(false); // resume first
  });

  it('only cancelling needs a reason', () => {
    expect(TASK_STATUSES.filter(requiresReason)).toEqual(['CANCELLED']);
  });

  it('done and cancelled are closed', () => {
    expect(TASK_STATUSES.filter(isClosedTaskStatus)).toEqual(['DONE', 'CANCELLED']);
  });
});

describe('progress', () => {
  it.each([0, 1, 50, 99, 100])('%s is valid', (p) => expect(isValidProgress(p)).toBe(true));
  it.each([-1, 101, 50.5, Number.NaN, Number.POSITIVE_INFINITY])('%s is not', (p) => expect(isValidProgress(p)).toBe(false));
});

describe('checkTaskUpdate', () => {
  it('accepts a valid update', () => {
    expect(checkTaskUpdate({ from: 'NOT_STARTED', to: 'IN_PROGRESS', progress: 10 })).toEqual([]);
    expect(checkTaskUpdate({ from: 'IN_PROGRESS', to: 'DONE', progress: 100 })).toEqual([]);
    expect(checkTaskUpdate({ from: 'IN_PROGRESS', to: 'CANCELLED', progress: 40, reason: 'Nội dung đã gộp vào nhiệm vụ khác' })).toEqual([]);
  });

  it('accepts more progress without a status change', () => {
    expect(checkTaskUpdate({ from: 'IN_PROGRESS', to: 'IN_PROGRESS', progress: 60 })).toEqual([]);
  });

  it('requires a non-blank reason to cancel', () => {
    expect(checkTaskUpdate({ from: 'IN_PROGRESS', to: 'CANCELLED', progress: 40 })).toEqual(['REASON_REQUIRED']);
    expect(checkTaskUpdate({ from: 'IN_PROGRESS', to: 'CANCELLED', progress: 40, reason: '   ' })).toEqual(['REASON_REQUIRED']);
    expect(checkTaskUpdate({ from: 'IN_PROGRESS', to: 'CANCELLED', progress: 40, reason: null })).toEqual(['REASON_REQUIRED']);
  });

  it('DONE means 100 %', () => {
    expect(checkTaskUpdate({ from: 'IN_PROGRESS', to: 'DONE', progress: 80 })).toEqual(['DONE_REQUIRES_FULL_PROGRESS']);
    expect(checkTaskUpdate({ from: 'DONE', to: 'DONE', progress: 90 })).toEqual(['DONE_REQUIRES_FULL_PROGRESS']);
    // 100 % without DONE is allowed: finished work may await acceptance
    expect(checkTaskUpdate({ from: 'IN_PROGRESS', to: 'IN_PROGRESS', progress: 100 })).toEqual([]);
  });

  it('takes no update on a cancelled task, not even one that keeps it cancelled', () => {
    expect(checkTaskUpdate({ from: 'CANCELLED', to: 'CANCELLED', progress: 40, reason: 'Lý do mới' })).toEqual(['TASK_CANCELLED']);
    expect(checkTaskUpdate({ from: 'CANCELLED', to: 'DONE', progress: 120 })).toEqual(['TASK_CANCELLED']);
  });

  it('reports every problem at once', () => {
    expect(checkTaskUpdate({ from: 'PAUSED', to: 'DONE', progress: 120 })).toEqual(['TRANSITION_NOT_ALLOWED', 'PROGRESS_INVALID']);
    expect(checkTaskUpdate({ from: 'DONE', to: 'CANCELLED', progress: 100 })).toEqual(['TRANSITION_NOT_ALLOWED', 'REASON_REQUIRED']);
  });
});
