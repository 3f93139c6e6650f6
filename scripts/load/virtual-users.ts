// The virtual users of `npm run test:load`: each one a signed-in attendee in a closed loop (its next
// request leaves when the last one has been answered in full, no pause between), going through the same
// ten steps over and over: four reads of its conference's page (the agenda), three of one of its tasks'
// page, two of its task list, then a progress report on that task through the real server action, with
// the version the task's page showed just before (as the progress form would send it). Every answer is
// recorded with its time and its outcome: answered, throttled (429, an intended refusal), refused as
// stale (the version was not the current one: intended, but nobody else reports on these tasks), or an
// error (any other status, a page without what it must show, a network failure or time-out, an action
// that answered with another refusal or the generic "unexpected error").
import { vi } from '../../lib/i18n/messages/vi.ts';
import { sendProgressReport } from '../bench/full/server-action.ts';
import type { LoadUser } from './users.ts';

export type RequestKind = 'agenda' | 'task' | 'tasks' | 'report';
export const REQUEST_KINDS: readonly RequestKind[] = ['agenda', 'task', 'tasks', 'report'];
const STEPS: readonly RequestKind[] = ['agenda', 'task', 'agenda', 'tasks', 'agenda', 'task', 'agenda', 'tasks', 'task', 'report'];
const TIMEOUT_MS = 30_000;
const STALE_PREFIX = vi.errors.stale.slice(0, vi.errors.stale.indexOf('{'));

export type Outcome = { kind: 'ok' } | { kind: 'throttled' } | { kind: 'stale' } | { kind: 'error'; detail: string };

export interface Sample {
  request: RequestKind;
  /** The answer's HTTP status and the milliseconds to its last byte; null when there was no answer (network failure, time-out). */
  httpStatus: number | null;
  milliseconds: number | null;
  outcome: Outcome;
}

export interface SignedInUser extends LoadUser {
  cookie: string;
}

export interface Session {
  base: string;
  actionId: string;
}

/** One GET, read to the end; `check` says what a right answer shows (else an error), or returns what to remember. */
async function readPage(session: Session, user: SignedInUser, request: RequestKind, pathname: string, check: (body: string) => string | null): Promise<Sample> {
  const started = performance.now();
  try {
    const response = await fetch(`${session.base}${pathname}`, { headers: { cookie: user.cookie }, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
    const body = await response.text();
    const answered = { request, httpStatus: response.status, milliseconds: performance.now() - started };
    if (response.status === 429) return { ...answered, outcome: { kind: 'throttled' } };
    if (response.status !== 200) return { ...answered, outcome: { kind: 'error', detail: `HTTP ${response.status}${response.headers.get('location') ? ` to ${response.headers.get('location')}` : ''}` } };
    const problem = check(body);
    return { ...answered, outcome: problem ? { kind: 'error', detail: problem } : { kind: 'ok' } };
  } catch (error) {
    return { request, httpStatus: null, milliseconds: null, outcome: { kind: 'error', detail: networkFailure(error) } };
  }
}

function networkFailure(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${TIMEOUT_MS / 1000} s`;
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return `network: ${cause?.code ?? (error instanceof Error ? error.message : String(error))}`;
}

/** The version in the task page's progress form (components/task/progress-form.tsx). */
const VERSION = /name="version" value="(\d+)"/;

export function readAgenda(session: Session, user: SignedInUser): Promise<Sample> {
  return readPage(session, user, 'agenda', `/conferences/${user.conferenceId}`, (body) => (body.includes('id="agenda"') ? null : 'HTTP 200 without the agenda'));
}

export function readTaskList(session: Session, user: SignedInUser): Promise<Sample> {
  // The first page of the unit's tasks (25 of them): the user's own may be on the second.
  return readPage(session, user, 'tasks', '/tasks', (body) => (body.includes('data-testid="task-row"') ? null : 'HTTP 200 without a task'));
}

export async function readTask(session: Session, user: SignedInUser, taskId: string, versions: Map<string, number>): Promise<Sample> {
  return readPage(session, user, 'task', `/tasks/${taskId}`, (body) => {
    const version = VERSION.exec(body)?.[1];
    if (!version) return 'HTTP 200 without the progress form';
    versions.set(taskId, Number(version));
    return null;
  });
}

export async function report(session: Session, user: SignedInUser, taskId: string, version: number, number: number): Promise<Sample> {
  const request = 'report' as const;
  try {
    const answer = await sendProgressReport(session.base, user.cookie, session.actionId, { taskId, version, progress: 10 + (number % 90), note: `Báo cáo tải thử số ${number} của ${user.username}` }, AbortSignal.timeout(TIMEOUT_MS));
    const { state } = answer;
    const answered = { request, httpStatus: answer.httpStatus, milliseconds: answer.milliseconds };
    if (answer.httpStatus === 429) return { ...answered, outcome: { kind: 'throttled' } };
    if (answer.httpStatus !== 200) return { ...answered, outcome: { kind: 'error', detail: `HTTP ${answer.httpStatus}` } };
    if (!state) return { ...answered, outcome: { kind: 'error', detail: 'HTTP 200 without the action’s state' } };
    if (state.status === 'success') return { ...answered, outcome: { kind: 'ok' } };
    if (state.message.startsWith(STALE_PREFIX)) return { ...answered, outcome: { kind: 'stale' } };
    return { ...answered, outcome: { kind: 'error', detail: state.message === vi.errors.unexpected ? 'the action’s “unexpected error”' : `refused: ${state.message}` } };
  } catch (error) {
    return { request, httpStatus: null, milliseconds: null, outcome: { kind: 'error', detail: networkFailure(error) } };
  }
}

/**
 * Runs every user's loop until `deadline.at` (performance.now() milliseconds; moved earlier to stop at
 * once): a request that has left by then is waited for and recorded. User i starts at step i of the ten,
 * so that the reports are spread.
 */
export async function runVirtualUsers(session: Session, users: readonly SignedInUser[], deadline: { at: number }, record: (sample: Sample) => void): Promise<void> {
  await Promise.all(
    users.map(async (user, index) => {
      const versions = new Map<string, number>();
      let step = index % STEPS.length;
      let round = 0;
      let reports = 0;
      while (performance.now() < deadline.at) {
        const taskId = user.taskIds[round % user.taskIds.length]!;
        let kind = STEPS[step]!;
        // A report needs the version its task's page showed; a user that starts at the report reads the page first.
        if (kind === 'report' && !versions.has(taskId)) kind = 'task';
        const sample =
          kind === 'agenda' ? await readAgenda(session, user)
          : kind === 'tasks' ? await readTaskList(session, user)
          : kind === 'task' ? await readTask(session, user, taskId, versions)
          : await report(session, user, taskId, versions.get(taskId)!, reports++);
        record(sample);
        if (kind === 'report') versions.delete(taskId);
        step = (step + 1) % STEPS.length;
        if (step === 0) round++;
      }
    }),
  );
}
