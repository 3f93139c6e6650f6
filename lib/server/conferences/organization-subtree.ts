import 'server-only';
import type { Prisma } from '../../db/generated/prisma/client.ts';

type Tx = Pick<Prisma.TransactionClient, '$queryRaw'>;

/**
 * An organisation and everything under it, in one recursive query: the people who may chair, record
 * or present at a conference are those of the host's subtree (its cells and partial committees too).
 */
export async function organizationSubtreeIds(tx: Tx, rootId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE subtree AS (
      SELECT id FROM "Organization" WHERE id = ${rootId}::uuid
      UNION
      SELECT child.id FROM "Organization" child JOIN subtree ON child."parentId" = subtree.id
    )
    SELECT id::text AS id FROM subtree`;
  return rows.map((row) => row.id);
}
