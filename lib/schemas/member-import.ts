import { z } from 'zod';
import { MEMBER_IMPORT_COLUMNS, MEMBER_IMPORT_MAX_ROWS, type MemberImportCells } from '../domain/member-import.ts';
import type { ActionState } from './action-state.ts';

/** Largest file accepted: 2,000 rows of members is some 150 KB as XLSX and less as CSV. */
export const MEMBER_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
/** The signed rows of a preview: 2,000 rows of at most ~1 KB each, as base64. */
const PAYLOAD_MAX_CHARS = 4 * 1024 * 1024;

export const previewMemberImportSchema = z.object({
  // Size and type are checked by the use case, which reads the content.
  file: z.file('memberImport.fileRequired').min(1, 'memberImport.fileRequired'),
});

export const confirmMemberImportSchema = z.object({
  payload: z.string('memberImport.previewMissing').min(1, 'memberImport.previewMissing').max(PAYLOAD_MAX_CHARS, 'memberImport.previewInvalid'),
});

const cells = z.object(Object.fromEntries(MEMBER_IMPORT_COLUMNS.map((column) => [column, z.string().max(2000)])) as Record<keyof MemberImportCells, z.ZodString>);

/** What the preview signs: who may confirm it, until when, which file, and its rows that were valid. */
export const memberImportPayloadSchema = z.object({
  v: z.literal(1),
  userId: z.string(),
  expiresAt: z.number().int(),
  fileName: z.string().max(300),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  rows: z.array(z.object({ line: z.number().int().min(1), cells })).max(MEMBER_IMPORT_MAX_ROWS),
});

export type MemberImportPayload = z.output<typeof memberImportPayloadSchema>;

/** One row of the preview table: the cells as read, and its problems in the reader's language. */
export interface MemberImportPreviewRow {
  line: number;
  cells: MemberImportCells;
  problems: string[];
}

export interface MemberImportPreview {
  fileName: string;
  rows: MemberImportPreviewRow[];
  validCount: number;
  invalidCount: number;
  /** The signed valid rows, for the confirmation; null when no row is valid. */
  payload: string | null;
}

/**
 * The preview action's state: a file that was read comes back as 'preview' with every row; a file with
 * no row that can be imported is an 'error' that still carries its rows, so their problems are shown.
 */
export type MemberImportState =
  | ActionState
  | { status: 'preview'; message: string; preview: MemberImportPreview }
  | { status: 'error'; message: string; fieldErrors: Record<string, string>; preview: MemberImportPreview };
