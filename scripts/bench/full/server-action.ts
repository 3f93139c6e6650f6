// The server action of `npm run bench` and `npm run test:load`: a progress report on a task
// (app/(app)/tasks/actions.ts, reportTaskProgressAction), posted as React's client would post it:
// `Next-Action: <id>` and the arguments encoded as multipart form data (encodeReply: part "0" the argument
// list, "$K1" the form whose fields are prefixed "_1_"). The bench makes each report against the task's
// current version, read just before; the load test against the version its user's last page showed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const pools = new Map<string, pg.Pool>();

/** The action's id from the build's server reference manifest. */
export function findReportActionId(distDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, { exportedName?: string; filename?: string; workers: Record<string, unknown> }> };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === 'reportTaskProgressAction' || (entry.filename?.endsWith('tasks/actions.ts') && entry.exportedName === 'reportTaskProgressAction'));
  if (!found) throw new Error(`reportTaskProgressAction not found in ${distDir}/server/server-reference-manifest.json`);
  return found[0];
}

/** One report as the progress form sends it (components/task/progress-form.tsx). */
export interface ProgressReport {
  taskId: string;
  /** The task's version the form was loaded with. */
  version: number;
  progress: number;
  note: string;
}

/** The action's answer: the HTTP status, the ActionState it returned if any, and the milliseconds to the full answer. */
export interface ActionAnswer {
  httpStatus: number;
  state: { status: 'success' | 'error'; message: string } | null;
  milliseconds: number;
}

/**
 * Posts one report (status IN_PROGRESS, dated today in Vietnam) from the task's page, as the signed-in
 * user of `cookie`. Never throws for an answer, only for a network failure or the `signal`'s abort.
 */
export async function sendProgressReport(base: string, cookie: string, actionId: string, report: ProgressReport, signal?: AbortSignal): Promise<ActionAnswer> {
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10); // Vietnam's date
  const form = new FormData();
  form.set('_1_taskId', report.taskId);
  form.set('_1_version', String(report.version));
  form.set('_1_reportedOn', today);
  form.set('_1_progress', String(report.progress));
  form.set('_1_status', 'IN_PROGRESS');
  form.set('_1_note', report.note);
  form.set('0', JSON.stringify([{ status: 'idle' }, '$K1']));
  const started = performance.now();
  const response = await fetch(`${base}/tasks/${report.taskId}`, {
    method: 'POST',
    headers: { cookie, 'next-action': actionId, origin: base, accept: 'text/x-component' },
    body: form,
    redirect: 'manual',
    signal,
  });
  const body = await response.text();
  return { httpStatus: response.status, state: actionState(body), milliseconds: performance.now() - started };
}

/**
 * The ActionState in the RSC answer of an action (lib/schemas/action-state.ts): its row of the flight
 * payload is the JSON object `{"status":"success"|"error","message":…}`; null when there is none.
 */
export function actionState(body: string): ActionAnswer['state'] {
  const match = /\{"status":"(success|error)","message":("(?:[^"\\]|\\.)*")/.exec(body);
  return match ? { status: match[1] as 'success' | 'error', message: JSON.parse(match[2]!) as string } : null;
}

/** Posts one report on the `index`-th of the unit's reportable tasks; returns the milliseconds to the full answer. */
export async function postProgressReport(base: string, data: { url: string; cookie: string; generated: { reportableTaskIds: string[] } }, actionId: string, index: number): Promise<number> {
  const ids = data.generated.reportableTaskIds;
  if (ids.length === 0) throw new Error('no task to report on');
  const taskId = ids[index % ids.length]!;
  let pool = pools.get(data.url);
  if (!pool) pools.set(data.url, (pool = new pg.Pool({ connectionString: data.url, max: 1 })));
  const version = (await pool.query<{ version: number }>(`SELECT version FROM "Task" WHERE id = $1`, [taskId])).rows[0]!.version;
  const answer = await sendProgressReport(base, data.cookie, actionId, { taskId, version, progress: 10 + ((index * 7) % 80), note: `Báo cáo thử số ${index}` });
  if (answer.httpStatus !== 200 || answer.state?.status !== 'success') throw new Error(`progress report: HTTP ${answer.httpStatus} ${answer.state?.message ?? 'no action state in the answer'}`);
  return answer.milliseconds;
}

export async function closePools(): Promise<void> {
  await Promise.all([...pools.values()].map((pool) => pool.end()));
  pools.clear();
}
