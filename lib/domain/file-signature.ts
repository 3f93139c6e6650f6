/**
 * What a file is, read from its bytes rather than its name: a name can say ".pdf" over an executable
 * or an HTML page. Only the formats an office exchanges are recognised — PDF, Word and Excel
 * (Office Open XML), PNG and JPEG — and anything else is `null`.
 *
 * DOCX and XLSX are ZIP archives: the local-header magic alone would let any ZIP (or a JAR) through,
 * so the archive's central directory is read and must name the OOXML parts `[Content_Types].xml` and
 * the main document (`word/document.xml` / `xl/workbook.xml`). Macro-enabled workbooks and documents
 * (a `vbaProject.bin` part, i.e. .docm/.xlsm renamed) are refused: an office has no need to pass
 * macros around and they are how such files carry malware.
 *
 * Formats: PDF ISO 32000-1 §7.5.2 (header "%PDF-"); PNG RFC 2083 §3.1; JPEG SOI marker FF D8 FF;
 * ZIP APPNOTE.TXT §4.3.12 (central directory) and §4.3.16 (end of central directory record).
 */

export type FileKind = 'pdf' | 'docx' | 'xlsx' | 'png' | 'jpeg';

export interface FileSignature {
  kind: FileKind;
  mimeType: string;
  /** The usual extension, without the dot. */
  extension: string;
  /** Other extensions people use for the same format (".jpg" for JPEG). */
  alsoKnownAs: readonly string[];
}

export const FILE_SIGNATURES: Record<FileKind, FileSignature> = {
  pdf: { kind: 'pdf', mimeType: 'application/pdf', extension: 'pdf', alsoKnownAs: [] },
  docx: { kind: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', alsoKnownAs: [] },
  xlsx: { kind: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', alsoKnownAs: [] },
  png: { kind: 'png', mimeType: 'image/png', extension: 'png', alsoKnownAs: [] },
  jpeg: { kind: 'jpeg', mimeType: 'image/jpeg', extension: 'jpg', alsoKnownAs: ['jpeg', 'jpe'] },
};

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04]; // PK\x03\x04

export function detectFileType(bytes: Uint8Array): FileSignature | null {
  if (startsWith(bytes, PDF)) return FILE_SIGNATURES.pdf;
  if (startsWith(bytes, PNG)) return FILE_SIGNATURES.png;
  if (startsWith(bytes, JPEG)) return FILE_SIGNATURES.jpeg;
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) return detectOfficeOpenXml(bytes);
  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

function detectOfficeOpenXml(bytes: Uint8Array): FileSignature | null {
  const names = zipEntryNames(bytes);
  if (!names || !names.has('[Content_Types].xml')) return null;
  if (names.has('word/vbaProject.bin') || names.has('xl/vbaProject.bin')) return null;
  const isWord = names.has('word/document.xml');
  const isExcel = names.has('xl/workbook.xml');
  // Both at once is no file Office writes: refuse rather than guess.
  if (isWord === isExcel) return null;
  return isWord ? FILE_SIGNATURES.docx : FILE_SIGNATURES.xlsx;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_MIN_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const CENTRAL_HEADER_LENGTH = 46;

/**
 * The entry names of a ZIP archive from its central directory, or null when the archive is not a
 * well-formed ZIP (truncated, ZIP64, a directory pointing outside the file). Names are read as UTF-8;
 * the ones we look for are ASCII.
 */
export function zipEntryNames(bytes: Uint8Array): Set<string> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd === null) return null;
  const entryCount = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  // 0xFFFF / 0xFFFFFFFF mean "see the ZIP64 record": no Office file of an allowed size needs it.
  if (entryCount === 0xffff || directoryOffset === 0xffffffff) return null;
  if (directoryOffset + directorySize > eocd) return null;

  const decoder = new TextDecoder('utf-8', { fatal: false });
  const names = new Set<string>();
  let offset = directoryOffset;
  for (let entry = 0; entry < entryCount; entry++) {
    if (offset + CENTRAL_HEADER_LENGTH > eocd || view.getUint32(offset, true) !== CENTRAL_HEADER_SIGNATURE) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameStart = offset + CENTRAL_HEADER_LENGTH;
    const next = nameStart + nameLength + extraLength + commentLength;
    if (next > eocd) return null;
    names.add(decoder.decode(bytes.subarray(nameStart, nameStart + nameLength)));
    offset = next;
  }
  return names;
}

/** The end-of-central-directory record sits at the end, before a comment of at most 65 535 bytes. */
function findEndOfCentralDirectory(view: DataView): number | null {
  const last = view.byteLength - EOCD_MIN_LENGTH;
  const first = Math.max(0, last - MAX_COMMENT_LENGTH);
  for (let offset = last; offset >= first; offset--) {
    if (view.getUint32(offset, true) !== EOCD_SIGNATURE) continue;
    // A real record's comment ends exactly at the end of the file.
    if (offset + EOCD_MIN_LENGTH + view.getUint16(offset + 20, true) === view.byteLength) return offset;
  }
  return null;
}
