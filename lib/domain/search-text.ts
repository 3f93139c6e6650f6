/**
 * The text side of search: the words of a query, LIKE patterns made of them, and the excerpt of a
 * matching record with each word's match marked. The database does the matching itself
 * (`public.search_fold`, prisma/migrations/*_search_fold); `foldVietnamese` folds the same way here so
 * the page can show where a record matched.
 */
import { foldVietnamese } from './vietnamese-name.ts';

/** The query's words, in order, without repeats (compared folded: "Hội" and "hoi" are one word). */
export function searchWords(query: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of query.normalize('NFC').split(/\s+/u)) {
    const key = foldVietnamese(word);
    if (word === '' || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  return words;
}

/** `%` and `_` are LIKE's wildcards and `\` its escape: typed in a query they mean themselves. */
export function escapeLikePattern(word: string): string {
  return word.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export interface SnippetPart {
  text: string;
  /** A folded match of one of the query's words. */
  match: boolean;
}

/**
 * An excerpt of `text` around the first match of any word (the whole text when it is short), cut at
 * spaces, "…" where it was cut, every match inside marked. Text without a match (the database folds a
 * few letters differently) gives its beginning.
 */
export function snippetParts(text: string, words: readonly string[], maxLength = 160): SnippetPart[] {
  const source = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const { folded, origin } = foldWithOrigin(source);
  const needles = [...new Set(words.map(foldVietnamese).filter(Boolean))];

  // Every match as a range of `source`, leftmost first, overlapping ones merged.
  const ranges: [number, number][] = [];
  for (const needle of needles) {
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      ranges.push([origin[at] ?? 0, origin[at + needle.length] ?? source.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }

  let start = 0;
  let end = source.length;
  if (source.length > maxLength) {
    const first = merged[0]?.[0] ?? 0;
    start = first < maxLength / 3 ? 0 : wordStart(source, first - Math.floor(maxLength / 3));
    end = wordEnd(source, Math.min(source.length, start + maxLength));
  }

  const parts: SnippetPart[] = [];
  const push = (from: number, to: number, match: boolean) => {
    if (to > from) parts.push({ text: source.slice(from, to), match });
  };
  let at = start;
  for (const [from, to] of merged) {
    if (to <= start || from >= end) continue;
    push(at, Math.max(at, from), false);
    push(Math.max(at, from), Math.min(to, end), true);
    at = Math.min(to, end);
  }
  push(at, end, false);
  if (start > 0) parts.unshift({ text: '…', match: false });
  if (end < source.length) parts.push({ text: '…', match: false });
  return parts;
}

/** The folded text and, for each of its positions (and its end), the position in `text` it came from. */
function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let position = 0;
  for (const char of text) {
    const piece = foldVietnamese(char);
    for (let i = 0; i < piece.length; i++) origin.push(position);
    folded += piece;
    position += char.length;
  }
  origin.push(position);
  return { folded, origin };
}

/** The start of the word at `index` (after the previous space), so an excerpt never begins mid-word. */
function wordStart(text: string, index: number): number {
  const space = text.lastIndexOf(' ', Math.max(0, index));
  return space === -1 ? 0 : space + 1;
}

function wordEnd(text: string, index: number): number {
  if (index >= text.length) return text.length;
  const space = text.lastIndexOf(' ', index);
  return space <= 0 ? index : space;
}
