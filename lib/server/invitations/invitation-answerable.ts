import { conferenceAllows, type ConferenceStatus } from '../../domain/conference-status.ts';

/**
 * Whether an invitation can be answered now: only a scheduled conference (a draft is not announced
 * yet, and after the meeting the register speaks), and only until it starts.
 */
export function invitationAnswerable(conference: { status: ConferenceStatus; startsAt: Date }, at: Date): 'OPEN' | 'STARTED' | 'NOT_ALLOWED' {
  if (!conferenceAllows(conference.status, 'ANSWER_INVITATION')) return 'NOT_ALLOWED';
  return at.getTime() < conference.startsAt.getTime() ? 'OPEN' : 'STARTED';
}
