import type { FileSignature } from './file-signature.ts';

/**
 * File names as people send them and as we hand them back. The name is data typed by someone else's
 * computer: it may carry a path ("C:\\Users\\…\\bao-cao.pdf"), control characters, characters Windows
 * cannot save, a right-to-left override that makes "hồ-sơ‮fdp.exe" read as "hồ-sơexe.pdf", or an
 * extension that does not match its content. The stored name is cleaned of all that and ends with
 * the extension of what the bytes actually are (lib/domain/file-signature.ts).
 */

const MAX_NAME_LENGTH = 150;
const FALLBACK_STEM = 'tai-lieu';
// Control characters (C0, DEL, C1) and Unicode format characters (bidi overrides, zero-width joiners).
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
// Reserved on Windows, where most of the office's computers save the file.
const RESERVED = /[<>:"/\\|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function sanitizeFileName(rawName: string, signature: FileSignature): string {
  // Browsers send the bare name, but old ones (and scripts) may send a whole path: keep the last part.
  const base = rawName.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(INVISIBLE, '').replace(RESERVED, ' ').replace(/\s+/g, ' ').trim();
  const { stem, extension } = splitExtension(cleaned);
  const known = [signature.extension, ...signature.alsoKnownAs];
  // "scan.JPG" keeps its spelling; "scan.pdf" that is really a PNG becomes "scan.pdf.png", so the name
  // still says what the sender called it and the extension says what it is.
  const keepsExtension = extension !== null && known.includes(extension.toLowerCase());
  let finalStem = (keepsExtension ? stem : cleaned).replace(/^[.\s]+|[.\s]+$/g, '');
  if (finalStem === '' || WINDOWS_DEVICE.test(finalStem)) finalStem = finalStem === '' ? FALLBACK_STEM : `_${finalStem}`;
  const finalExtension = keepsExtension ? extension : signature.extension;
  return `${truncate(finalStem, MAX_NAME_LENGTH - finalExtension.length - 1)}.${finalExtension}`;
}

/** The name without its extension, for a document's default title. */
export function fileStem(name: string): string {
  return splitExtension(name).stem;
}

function splitExtension(name: string): { stem: string; extension: string | null } {
  const dot = name.lastIndexOf('.');
  if (dot < 0 || dot === name.length - 1) return { stem: name, extension: null };
  return { stem: name.slice(0, dot), extension: name.slice(dot + 1) };
}

/** Cuts by code point, so a Vietnamese letter is never split in half. */
function truncate(value: string, max: number): string {
  const characters = [...value];
  return characters.length <= max ? value : characters.slice(0, max).join('').trimEnd();
}

/**
 * `Content-Disposition: attachment` with the name in both forms (RFC 6266 §4.3): `filename*` carries
 * the exact UTF-8 name (RFC 5987 / RFC 8187 encoding) for every current browser, `filename` an ASCII
 * approximation ("Báo cáo đợt 1.pdf" → "Bao cao dot 1.pdf") for anything older.
 */
export function contentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

function asciiFallback(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
}

/** Percent-encodes everything but RFC 5987's attr-char (ALPHA / DIGIT / "!#$&+-.^_`|~"). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
