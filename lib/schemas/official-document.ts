import { z } from 'zod';

// The official documents of a conference, as the download route's URL names them
// (/api/conferences/<id>/documents/<kind>), and the route's parameters.

export const OFFICIAL_DOCUMENT_KINDS = ['giay-moi', 'bien-ban', 'thong-bao-ket-luan', 'bao-cao-so-ket'] as const;
export type OfficialDocumentKind = (typeof OFFICIAL_DOCUMENT_KINDS)[number];

export const officialDocumentParamsSchema = z.object({
  conferenceId: z.uuid(),
  kind: z.enum(OFFICIAL_DOCUMENT_KINDS),
});

/** The query string: `?inviteeId=` picks one person's invitation; nothing else is read. */
export const officialDocumentQuerySchema = z.object({
  inviteeId: z.uuid().optional(),
});

/** The route of one document, for links. */
export function officialDocumentPath(conferenceId: string, kind: OfficialDocumentKind, inviteeId?: string): string {
  return `/api/conferences/${conferenceId}/documents/${kind}${inviteeId ? `?inviteeId=${encodeURIComponent(inviteeId)}` : ''}`;
}
