import { can, PermissionDeniedError } from '@/lib/auth/permissions.ts';
import { now } from '@/lib/clock.ts';
import { buildTargetWorkbook, targetWorkbookFileName } from '@/lib/documents/target-workbook.ts';
import { XLSX_MIME_TYPE } from '@/lib/documents/workbook.ts';
import { todayInVietnam } from '@/lib/domain/task-deadline.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { recordIdSchema } from '@/lib/schemas/ids.ts';
import { downloadHeaders } from '@/lib/server/documents/download-headers.ts';
import { NotFoundError } from '@/lib/server/errors.ts';
import { getResolution } from '@/lib/server/resolutions/get-resolution.ts';
import { plainTextResponse } from '@/lib/server/plain-text-response.ts';
import { getRouteActor } from '@/lib/server/route-actor.ts';

// Per user, per permission and built from the current results: never prerendered or cached.
export const dynamic = 'force-dynamic';

/**
 * A resolution's targets and their results as an XLSX file, headers in the reader's language (the
 * resolution page's "Xuất Excel" link). 401 without a session, 403 for a role without resolution.read,
 * 404 for a malformed id or a resolution that is missing or outside the actor's organisations.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ resolutionId: string }> }): Promise<Response> {
  const { actor, refusal } = await getRouteActor();
  if (refusal) return refusal;
  const { t, locale } = await getMessages();
  if (!can(actor.roles, 'resolution.read')) return plainTextResponse(t.errors.forbidden, 403);
  const id = recordIdSchema.safeParse((await params).resolutionId);
  if (!id.success) return plainTextResponse(t.errors.notFound, 404);

  const today = todayInVietnam(now());
  try {
    const resolution = await getResolution({ actor, resolutionId: id.data });
    const bytes = await buildTargetWorkbook({ resolution, today, t, locale });
    return new Response(bytes, { headers: downloadHeaders({ fileName: targetWorkbookFileName(t, today), mimeType: XLSX_MIME_TYPE, sizeBytes: bytes.byteLength }) });
  } catch (error) {
    if (error instanceof PermissionDeniedError) return plainTextResponse(t.errors.forbidden, 403);
    if (error instanceof NotFoundError) return plainTextResponse(t.errors.notFound, 404);
    throw error;
  }
}
