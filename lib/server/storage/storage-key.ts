import 'server-only';
import { randomUUID } from 'node:crypto';

/** Keys are ours, never a user's file name: lower-case segments of letters, digits, "-" and "_". */
export const STORAGE_KEY = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/;

/**
 * Where a document's file lives for good: one folder per month keeps folders small and makes a
 * backup by period easy.
 */
export function documentStorageKey(at: Date): string {
  const month = at.toISOString().slice(0, 7).replace('-', '/');
  return `documents/${month}/${randomUUID()}`;
}

/**
 * An upload in flight. A file left under tmp/ belongs to no document (its upload crashed between
 * writing the file and committing the row) and may be swept.
 */
export function temporaryStorageKey(): string {
  return `tmp/${randomUUID()}`;
}
