import { can, PermissionDeniedError } from '@/lib/auth/permissions.ts';
import { now } from '@/lib/clock.ts';
import { buildMemberWorkbook, memberWorkbookFileName } from '@/lib/documents/member-workbook.ts';
import { XLSX_MIME_TYPE } from '@/lib/documents/workbook.ts';
import { todayInVietnam } from '@/lib/domain/task-deadline.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { downloadHeaders } from '@/lib/server/documents/download-headers.ts';
import { findMembersForExport } from '@/lib/server/members/find-members-for-export.ts';
import { plainTextResponse } from '@/lib/server/plain-text-response.ts';
import { getRouteActor } from '@/lib/server/route-actor.ts';

// Per user and per day: never prerendered or cached.
export const dynamic = 'force-dynamic';

/** The members in the actor's scope as an XLSX file, in the list's order (given name first). */
export async function GET(): Promise<Response> {
  const { actor, refusal } = await getRouteActor();
  if (refusal) return refusal;
  const { t, locale } = await getMessages();
  if (!can(actor.roles, 'member.export')) return plainTextResponse(t.errors.forbidden, 403);
  const today = todayInVietnam(now());
  try {
    const rows = await findMembersForExport({ actor });
    const bytes = await buildMemberWorkbook({ rows, today, t, locale });
    return new Response(bytes, { headers: downloadHeaders({ fileName: memberWorkbookFileName(t, today), mimeType: XLSX_MIME_TYPE, sizeBytes: bytes.byteLength }) });
  } catch (error) {
    if (error instanceof PermissionDeniedError) return plainTextResponse(t.errors.forbidden, 403);
    throw error;
  }
}
