import { PermissionDeniedError } from '@/lib/auth/permissions.ts';
import { now } from '@/lib/clock.ts';
import { DOCX_MIME_TYPE } from '@/lib/documents/party-layout.ts';
import { todayInVietnam } from '@/lib/domain/task-deadline.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { officialDocumentParamsSchema, officialDocumentQuerySchema } from '@/lib/schemas/official-document.ts';
import { downloadHeaders } from '@/lib/server/documents/download-headers.ts';
import { NotFoundError } from '@/lib/server/errors.ts';
import { exportOfficialDocument } from '@/lib/server/official-documents/export-official-document.ts';
import { plainTextResponse } from '@/lib/server/plain-text-response.ts';
import { getRouteActor } from '@/lib/server/route-actor.ts';

// Per user, per permission and built from the current records: never prerendered or cached.
export const dynamic = 'force-dynamic';

/**
 * An official document of a conference as a DOCX file (giay-moi, bien-ban, thong-bao-ket-luan,
 * bao-cao-so-ket), always in Vietnamese. 401 without a session, 403 when the role may not have that
 * kind of document, 404 for an unknown kind or a conference (or invitee) outside the actor's scope,
 * 400 for a malformed `inviteeId`.
 */
export async function GET(request: Request, { params }: { params: Promise<{ conferenceId: string; kind: string }> }): Promise<Response> {
  const { actor, refusal } = await getRouteActor();
  if (refusal) return refusal;
  const { t } = await getMessages();
  const route = officialDocumentParamsSchema.safeParse(await params);
  if (!route.success) return plainTextResponse(t.errors.notFound, 404);
  const inviteeId = new URL(request.url).searchParams.get('inviteeId');
  const query = officialDocumentQuerySchema.safeParse(inviteeId === null ? {} : { inviteeId });
  if (!query.success) return plainTextResponse(t.officialDocuments.invalidInvitee, 400);

  try {
    const file = await exportOfficialDocument({ actor, ...route.data, inviteeId: query.data.inviteeId, today: todayInVietnam(now()) });
    return new Response(file.bytes, { headers: downloadHeaders({ fileName: file.fileName, mimeType: DOCX_MIME_TYPE, sizeBytes: file.bytes.byteLength }) });
  } catch (error) {
    if (error instanceof PermissionDeniedError) return plainTextResponse(t.errors.forbidden, 403);
    if (error instanceof NotFoundError) return plainTextResponse(t.errors.notFound, 404);
    throw error;
  }
}
