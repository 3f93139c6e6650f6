import 'server-only';
import { notFound } from 'next/navigation';
import { getCommittee } from '@/lib/server/committees/get-committee.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { recordIdSchema } from '@/lib/schemas/ids.ts';

/** The committee of the URL for its pages: 404 unless the organisation and term in the URL are its own. */
export async function loadCommittee(params: Promise<{ organizationId: string; termId: string; committeeId: string }>) {
  const actor = await requirePagePermission('committee.read');
  const { organizationId, termId, committeeId } = await params;
  if (!recordIdSchema.safeParse(organizationId).success || !recordIdSchema.safeParse(termId).success) notFound();
  return { actor, committee: await loadOrNotFound(committeeId, (id) => getCommittee({ actor, organizationId, termId, committeeId: id })) };
}
