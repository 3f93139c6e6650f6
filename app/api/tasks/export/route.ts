import type { ZodError } from 'zod';
import { can, PermissionDeniedError } from '@/lib/auth/permissions.ts';
import { now } from '@/lib/clock.ts';
import { buildTaskWorkbook, taskWorkbookFileName, XLSX_MIME_TYPE } from '@/lib/documents/task-workbook.ts';
import { todayInVietnam } from '@/lib/domain/task-deadline.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { firstValues, taskExportFiltersSchema } from '@/lib/schemas/task-filters.ts';
import { downloadHeaders } from '@/lib/server/documents/download-headers.ts';
import { findTasksForExport } from '@/lib/server/tasks/find-tasks-for-export.ts';
import { plainTextResponse } from '@/lib/server/plain-text-response.ts';
import { getRouteActor } from '@/lib/server/route-actor.ts';

// Per user, per permission and per day (overdue is measured against today): never prerendered or cached.
export const dynamic = 'force-dynamic';

/**
 * The task list as an XLSX file: the same query string as /tasks (the page's "Xuất Excel" link carries
 * it), every matching task in the actor's scope up to TASK_EXPORT_LIMIT, in the list's order.
 */
export async function GET(request: Request): Promise<Response> {
  const { actor, refusal } = await getRouteActor();
  if (refusal) return refusal;
  const { t, locale } = await getMessages();
  if (!can(actor.roles, 'task.read')) return plainTextResponse(t.errors.forbidden, 403);
  const filters = taskExportFiltersSchema.safeParse(firstValues(new URL(request.url).searchParams));
  if (!filters.success) return plainTextResponse(invalidFiltersMessage(t, filters.error), 400);

  const today = todayInVietnam(now());
  try {
    const { rows, total } = await findTasksForExport({ actor, criteria: filters.data, today });
    const bytes = await buildTaskWorkbook({ rows, total, today, t, locale });
    return new Response(bytes, { headers: downloadHeaders({ fileName: taskWorkbookFileName(t, today), mimeType: XLSX_MIME_TYPE, sizeBytes: bytes.byteLength }) });
  } catch (error) {
    if (error instanceof PermissionDeniedError) return plainTextResponse(t.errors.forbidden, 403);
    throw error;
  }
}

/** Names the filters that were refused, in the user's language and as they appear in the URL. */
function invalidFiltersMessage(t: Messages, error: ZodError): string {
  const names: Record<string, string> = t.tasks.export.filterNames;
  const fields = [...new Set(error.issues.map((issue) => String(issue.path[0] ?? '')))];
  const listed = fields.map((field) => (names[field] ? `${names[field]} (${field})` : field)).join(', ');
  return interpolate(t.tasks.export.invalidFilters, { filters: listed });
}
