import { contentDisposition } from '../../domain/file-name.ts';

/**
 * Response headers of a download: always a download under its original name, in the type its bytes
 * were checked to be (never sniffed into HTML by the browser), and never kept in a shared or
 * browser cache (the files are internal Party documents).
 */
export function downloadHeaders(document: { fileName: string; mimeType: string; sizeBytes: number }): Record<string, string> {
  return {
    'Content-Type': document.mimeType,
    'Content-Length': String(document.sizeBytes),
    'Content-Disposition': contentDisposition(document.fileName),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  };
}
