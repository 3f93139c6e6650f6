import { PermissionDeniedError } from '@/lib/auth/permissions.ts';
import { recordIdSchema } from '@/lib/schemas/ids.ts';
import { downloadHeaders } from '@/lib/server/documents/download-headers.ts';
import { openDocument } from '@/lib/server/documents/open-document.ts';
import { NotFoundError } from '@/lib/server/errors.ts';
import { getRouteActor } from '@/lib/server/route-actor.ts';

// Downloads are per user and per permission: never prerendered or cached.
export const dynamic = 'force-dynamic';

/**
 * The file of a document, for a signed-in user who may see what it is attached to. Missing, out of
 * scope and not allowed all answer 404 alike, so document ids cannot be probed.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ documentId: string }> }): Promise<Response> {
  const { actor, refusal } = await getRouteActor();
  if (refusal) return refusal;
  const id = recordIdSchema.safeParse((await params).documentId);
  if (!id.success) return notFound();
  try {
    const document = await openDocument({ actor, documentId: id.data });
    return new Response(document.body, { headers: downloadHeaders(document) });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof PermissionDeniedError) return notFound();
    throw error;
  }
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' } });
}
