import { describe, expect, it } from 'vitest';
import {
  canTransition,
  CONFERENCE_ACTIONS,
  CONFERENCE_STATUSES,
  conferenceAllows,
  nextStatuses,
  type ConferenceAction,
  type ConferenceStatus,
} from '../../lib/domain/conference-status.ts';

describe('conference lifecycle', () => {
  it('moves one step forward at a time', () => {
    expect(nextStatuses('DRAFT')).toEqual(['SCHEDULED']);
    expect(nextStatuses('SCHEDULED')).toEqual(['HELD']);
    expect(nextStatuses('HELD')).toEqual(['CONCLUDED']);
    expect(nextStatuses('CONCLUDED')).toEqual(['CLOSED']);
    expect(nextStatuses('CLOSED')).toEqual([]);
  });

  it('allows exactly the four forward steps', () => {
    const allowed: string[] = [];
    for (const from of CONFERENCE_STATUSES) for (const to of CONFERENCE_STATUSES) if (canTransition(from, to)) allowed.push(`${from}→${to}`);
    expect(allowed).toEqual(['DRAFT→SCHEDULED', 'SCHEDULED→HELD', 'HELD→CONCLUDED', 'CONCLUDED→CLOSED']);
  });

  it('never skips, goes back, or stays', () => {
    expect(canTransition('DRAFT', 'HELD')).toBe(false);
    expect(canTransition('HELD', 'CLOSED')).toBe(false);
    expect(canTransition('CONCLUDED', 'HELD')).toBe(false);
    expect(canTransition('CLOSED', 'DRAFT')).toBe(false);
    expect(canTransition('SCHEDULED', 'SCHEDULED')).toBe(false);
  });
});

describe('conferenceAllows', () => {
  // The whole table, spelled out, so any change to it is a visible decision.
  const expected: Record<ConferenceAction, ConferenceStatus[]> = {
    EDIT_DETAILS: ['DRAFT', 'SCHEDULED', 'HELD'],
    EDIT_AGENDA: ['DRAFT', 'SCHEDULED', 'HELD'],
    INVITE: ['DRAFT', 'SCHEDULED'],
    ANSWER_INVITATION: ['SCHEDULED'],
    RECORD_ATTENDANCE: ['SCHEDULED', 'HELD'],
    WRITE_MINUTES: ['HELD', 'CONCLUDED'],
    EDIT_CONCLUSIONS: ['HELD'],
    PUBLISH_CONCLUSIONS: ['HELD'],
    CREATE_TASKS: ['HELD', 'CONCLUDED'],
  };

  it.each(Object.entries(expected))('%s is allowed in %j only', (action, statuses) => {
    for (const status of CONFERENCE_STATUSES) {
      expect(conferenceAllows(status, action as ConferenceAction), `${action} in ${status}`).toBe(statuses.includes(status));
    }
  });

  it('covers every action', () => {
    expect([...CONFERENCE_ACTIONS].sort()).toEqual(Object.keys(expected).sort());
  });

  it('a closed conference is read-only', () => {
    expect(CONFERENCE_ACTIONS.filter((action) => conferenceAllows('CLOSED', action))).toEqual([]);
  });

  it('no conclusions before the meeting is held, and no answers to a draft', () => {
    expect(conferenceAllows('SCHEDULED', 'EDIT_CONCLUSIONS')).toBe(false);
    expect(conferenceAllows('DRAFT', 'ANSWER_INVITATION')).toBe(false);
    expect(conferenceAllows('DRAFT', 'RECORD_ATTENDANCE')).toBe(false);
  });
});
