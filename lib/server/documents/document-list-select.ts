import type { Prisma } from '../../db/generated/prisma/client.ts';

/** What a list of documents shows: never the storage key or the hash. */
export const DOCUMENT_LIST_SELECT = {
  id: true, title: true, fileName: true, mimeType: true, sizeBytes: true, createdAt: true,
  uploadedBy: { select: { member: { select: { fullName: true } } } },
} as const satisfies Prisma.DocumentSelect;

export const DOCUMENT_LIST_ORDER = [{ createdAt: 'asc' }, { id: 'asc' }] as const satisfies Prisma.DocumentOrderByWithRelationInput[];

/** What an agenda shows of an item's documents: a link each. */
export const DOCUMENT_LINK_SELECT = { id: true, title: true } as const satisfies Prisma.DocumentSelect;
