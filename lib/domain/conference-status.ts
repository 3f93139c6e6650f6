/**
 * The conference lifecycle and what each stage allows, regardless of who asks.
 *
 *   DRAFT → SCHEDULED → HELD → CONCLUDED → CLOSED
 *
 * One step forward at a time, never back: each step is an official act (invitations sent, the
 * meeting took place, the notice of conclusions published, the file closed). A postponed meeting
 * stays SCHEDULED with a new date. Who may do what is lib/auth/permissions.ts; this table only says
 * what the conference's stage permits, and both must agree.
 */

export type ConferenceStatus = 'DRAFT' | 'SCHEDULED' | 'HELD' | 'CONCLUDED' | 'CLOSED';

export type ConferenceAction =
  | 'EDIT_DETAILS'
  | 'EDIT_AGENDA'
  | 'INVITE'
  | 'ANSWER_INVITATION'
  | 'RECORD_ATTENDANCE'
  | 'WRITE_MINUTES'
  | 'EDIT_CONCLUSIONS'
  | 'PUBLISH_CONCLUSIONS'
  | 'CREATE_TASKS';

export const CONFERENCE_STATUSES: readonly ConferenceStatus[] = ['DRAFT', 'SCHEDULED', 'HELD', 'CONCLUDED', 'CLOSED'];

export function nextStatuses(status: ConferenceStatus): readonly ConferenceStatus[] {
  const next = CONFERENCE_STATUSES[CONFERENCE_STATUSES.indexOf(status) + 1];
  return next === undefined ? [] : [next];
}

export function canTransition(from: ConferenceStatus, to: ConferenceStatus): boolean {
  return nextStatuses(from).includes(to);
}

// Y / _ keep the table below readable as a grid.
const Y = true;
const _ = false;

/**
 * Why each row is as it is:
 * - details and agenda may be corrected to what actually happened until conclusions are published;
 * - invitations are prepared in draft and sent once scheduled; after the meeting there is no one to invite;
 * - invitees answer only a scheduled meeting: a draft is not yet announced;
 * - attendance is taken at a scheduled meeting (on the day, before it is marked held) or after it;
 * - minutes are written after the meeting and may be finalised after the notice of conclusions;
 * - conclusions exist only once the meeting is held and are frozen by publishing them;
 * - tasks come from conclusions, so from HELD until the file is closed; CLOSED is read-only.
 */
// prettier-ignore
const ALLOWS: Record<ConferenceAction, Record<ConferenceStatus, boolean>> = {
  EDIT_DETAILS:        { DRAFT: Y, SCHEDULED: Y, HELD: Y, CONCLUDED: _, CLOSED: _ },
  EDIT_AGENDA:         { DRAFT: Y, SCHEDULED: Y, HELD: Y, CONCLUDED: _, CLOSED: _ },
  INVITE:              { DRAFT: Y, SCHEDULED: Y, HELD: _, CONCLUDED: _, CLOSED: _ },
  ANSWER_INVITATION:   { DRAFT: _, SCHEDULED: Y, HELD: _, CONCLUDED: _, CLOSED: _ },
  RECORD_ATTENDANCE:   { DRAFT: _, SCHEDULED: Y, HELD: Y, CONCLUDED: _, CLOSED: _ },
  WRITE_MINUTES:       { DRAFT: _, SCHEDULED: _, HELD: Y, CONCLUDED: Y, CLOSED: _ },
  EDIT_CONCLUSIONS:    { DRAFT: _, SCHEDULED: _, HELD: Y, CONCLUDED: _, CLOSED: _ },
  PUBLISH_CONCLUSIONS: { DRAFT: _, SCHEDULED: _, HELD: Y, CONCLUDED: _, CLOSED: _ },
  CREATE_TASKS:        { DRAFT: _, SCHEDULED: _, HELD: Y, CONCLUDED: Y, CLOSED: _ },
};

export const CONFERENCE_ACTIONS = Object.keys(ALLOWS) as ConferenceAction[];

export function conferenceAllows(status: ConferenceStatus, action: ConferenceAction): boolean {
  return ALLOWS[action][status];
}
