import 'server-only';
import { createHash } from 'node:crypto';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import { readCsvTable, readXlsxTable } from '../../documents/read-table.ts';
import { detectFileType } from '../../domain/file-signature.ts';
import { checkMemberRows, locateHeader, MEMBER_IMPORT_HEADERS, MEMBER_IMPORT_MAX_ROWS, readMemberRows, type CheckedMemberRow } from '../../domain/member-import.ts';
import { formatNumber } from '../../i18n/format.ts';
import { MEMBER_IMPORT_MAX_BYTES } from '../../schemas/member-import.ts';
import { RuleViolationError } from '../errors.ts';
import { loadImportContext } from './load-import-context.ts';
import { signMemberImportPayload } from './member-import-payload.ts';

/** An XLSX of 2 MB that unpacks to more than this is refused before it is read. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

export interface MemberImportPreviewResult {
  fileName: string;
  rows: CheckedMemberRow[];
  /** The valid rows, signed for the confirmation; null when there is none. */
  payload: string | null;
}

/**
 * Step 2 of an import: reads the uploaded XLSX or CSV and checks every row, writing nothing. A file
 * that cannot be read as a whole (type, size, columns, row count) is refused next to the file field.
 */
export async function previewMemberImport({ actor, fileName, bytes }: { actor: Actor; fileName: string; bytes: Uint8Array }): Promise<MemberImportPreviewResult> {
  requirePermission(actor, 'member.import');
  if (bytes.byteLength === 0) throw new RuleViolationError('memberImport.fileRequired', {}, 'file');
  if (bytes.byteLength > MEMBER_IMPORT_MAX_BYTES) throw new RuleViolationError('memberImport.tooLarge', { max: formatNumber(MEMBER_IMPORT_MAX_BYTES / (1024 * 1024), 'vi') }, 'file');

  const signature = detectFileType(bytes);
  // Any other recognised type (PDF, DOCX, an image) is refused; unrecognised bytes may be CSV text.
  const grid = signature?.kind === 'xlsx' ? await readXlsxTable(bytes, { maxUnpackedBytes: MAX_UNPACKED_BYTES }) : signature ? null : readCsvTable(bytes);
  if (!grid) throw new RuleViolationError('memberImport.unsupportedType', {}, 'file');

  const header = locateHeader(grid);
  if ('code' in header) {
    if (header.code === 'duplicateColumn') throw new RuleViolationError('memberImport.duplicateColumn', { column: MEMBER_IMPORT_HEADERS[header.column] }, 'file');
    throw new RuleViolationError('memberImport.missingColumns', { columns: header.columns.map((column) => MEMBER_IMPORT_HEADERS[column]).join(', ') }, 'file');
  }
  const raw = readMemberRows(grid, header);
  if (raw.length === 0) throw new RuleViolationError('memberImport.noRows', {}, 'file');
  if (raw.length > MEMBER_IMPORT_MAX_ROWS) {
    throw new RuleViolationError('memberImport.tooManyRows', { max: formatNumber(MEMBER_IMPORT_MAX_ROWS, 'vi'), count: formatNumber(raw.length, 'vi') }, 'file');
  }

  const rows = checkMemberRows(raw, await loadImportContext(db(), actor));
  const valid = rows.filter((row) => row.member !== null);
  const shownName = displayName(fileName);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return {
    fileName: shownName,
    rows,
    payload: valid.length > 0 ? signMemberImportPayload({ userId: actor.userId, fileName: shownName, sha256, rows: valid, now: now() }) : null,
  };
}

/** The file's name as the page shows it back: the last part of a path, no control or bidi characters, at most 150. */
function displayName(fileName: string): string {
  const base = fileName.normalize('NFC').split(/[\\/]/).pop() ?? '';
  return [...base.replace(/[\p{Cc}\p{Cf}]/gu, '').trim()].slice(0, 150).join('') || 'import';
}
