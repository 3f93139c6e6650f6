import { can, PermissionDeniedError } from '@/lib/auth/permissions.ts';
import { getActor } from '@/lib/auth/session.ts';
import { buildMemberImportTemplate } from '@/lib/documents/member-workbook.ts';
import { XLSX_MIME_TYPE } from '@/lib/documents/workbook.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { downloadHeaders } from '@/lib/server/documents/download-headers.ts';
import { findImportUnits } from '@/lib/server/members/find-import-units.ts';

// The template lists the caller's own units: never prerendered or cached.
export const dynamic = 'force-dynamic';

/** The import template (.xlsx): the columns, one example row, and the units the caller may import into. */
export async function GET(): Promise<Response> {
  const actor = await getActor();
  if (!actor) return plainText('Unauthorized', 401);
  const { t } = await getMessages();
  if (!can(actor.roles, 'member.import')) return plainText(t.errors.forbidden, 403);
  try {
    const bytes = await buildMemberImportTemplate({ units: await findImportUnits({ actor }), t });
    return new Response(bytes, { headers: downloadHeaders({ fileName: t.members.import.template.fileName, mimeType: XLSX_MIME_TYPE, sizeBytes: bytes.byteLength }) });
  } catch (error) {
    if (error instanceof PermissionDeniedError) return plainText(t.errors.forbidden, 403);
    throw error;
  }
}

function plainText(body: string, status: number): Response {
  return new Response(body, { status, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}
