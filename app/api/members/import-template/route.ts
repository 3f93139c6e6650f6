import { can, PermissionDeniedError } from '@/lib/auth/permissions.ts';
import { buildMemberImportTemplate } from '@/lib/documents/member-workbook.ts';
import { XLSX_MIME_TYPE } from '@/lib/documents/workbook.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { downloadHeaders } from '@/lib/server/documents/download-headers.ts';
import { findImportUnits } from '@/lib/server/members/find-import-units.ts';
import { plainTextResponse } from '@/lib/server/plain-text-response.ts';
import { getRouteActor } from '@/lib/server/route-actor.ts';

// The template lists the caller's own units: never prerendered or cached.
export const dynamic = 'force-dynamic';

/** The import template (.xlsx): the columns, one example row, and the units the caller may import into. */
export async function GET(): Promise<Response> {
  const { actor, refusal } = await getRouteActor();
  if (refusal) return refusal;
  const { t } = await getMessages();
  if (!can(actor.roles, 'member.import')) return plainTextResponse(t.errors.forbidden, 403);
  try {
    const bytes = await buildMemberImportTemplate({ units: await findImportUnits({ actor }), t });
    return new Response(bytes, { headers: downloadHeaders({ fileName: t.members.import.template.fileName, mimeType: XLSX_MIME_TYPE, sizeBytes: bytes.byteLength }) });
  } catch (error) {
    if (error instanceof PermissionDeniedError) return plainTextResponse(t.errors.forbidden, 403);
    throw error;
  }
}
