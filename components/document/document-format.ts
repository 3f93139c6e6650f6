import { FILE_SIGNATURES, type FileKind } from '@/lib/domain/file-signature.ts';
import { formatNumber } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';

const MEGABYTE = 1024 * 1024;

/** "850 KB", "1,2 MB": how the office reads a file's size. */
export function formatFileSize(bytes: number, locale: Locale, text: Messages['documents']): string {
  if (bytes < MEGABYTE) return interpolate(text.kilobytes, { size: formatNumber(Math.max(1, Math.round(bytes / 1024)), locale) });
  return interpolate(text.megabytes, { size: formatNumber(Math.round((bytes / MEGABYTE) * 10) / 10, locale) });
}

/** The kind of a stored document from its (content-checked) MIME type. */
export function documentKind(mimeType: string): FileKind | 'other' {
  return Object.values(FILE_SIGNATURES).find((signature) => signature.mimeType === mimeType)?.kind ?? 'other';
}
