/**
 * Vietnamese personal names: splitting, ordering, and folding for search.
 *
 * A Vietnamese name is written family – middle – given ("Nguyễn Văn An"), and lists of people are
 * ordered by the given name, then the middle name, then the family name (PRODUCT.md §7): sorting by
 * the first word would bunch up the ~40 % of people named Nguyễn.
 *
 * Each part is compared with the 'vi' collator at base strength, so the letters follow the
 * Vietnamese alphabet (a ă â b c d đ e ê … o ô ơ … u ư …) and tones and case are ignored at first:
 * "Ánh" and "Anh" are the same name for ordering. Only when every part ties does the accented form
 * decide, in the collator's tone order (ngang, huyền, hỏi, ngã, sắc, nặng), then plain code points,
 * so two different strings never compare equal and the sort is total.
 */

export interface VietnameseName {
  family: string;
  middle: string;
  given: string;
}

/** NFC so a name typed with combining marks (some keyboards) equals the precomposed one. */
function normalizeName(fullName: string): string {
  return fullName.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * First word is the family name, last word the given name, everything between the middle name.
 * A one-word name is a given name (as for some ethnic-minority names); an empty name has no parts.
 */
export function splitVietnameseName(fullName: string): VietnameseName {
  const words = normalizeName(fullName).split(' ').filter(Boolean);
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0] ?? '' };
  return {
    family: words[0] ?? '',
    middle: words.slice(1, -1).join(' '),
    given: words[words.length - 1] ?? '',
  };
}

const byLetter = new Intl.Collator('vi', { sensitivity: 'base' });
const byAccent = new Intl.Collator('vi', { sensitivity: 'variant' });

const PART_ORDER = ['given', 'middle', 'family'] as const;

export function compareVietnameseNames(a: string, b: string): number {
  const left = splitVietnameseName(a);
  const right = splitVietnameseName(b);
  for (const collator of [byLetter, byAccent]) {
    for (const part of PART_ORDER) {
      const order = collator.compare(left[part], right[part]);
      if (order !== 0) return order;
    }
  }
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (x !== y) return x < y ? -1 : 1;
  // Same name up to spacing or Unicode form: keep a deterministic order anyway.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A search key: lower case, tone and vowel marks removed, đ → d.
 * "Hội nghị sơ kết" → "hoi nghi so ket", so typing "hoi nghi" finds "hội nghị".
 * Whitespace and punctuation are left as they are.
 */
export function foldVietnamese(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // đ/Đ are letters of their own, not d plus a mark, so NFD leaves them. U+00D0 (Ð, Icelandic eth)
      // is a common look-alike in text typed on legacy keyboards.
      .replace(/[đĐÐ]/g, 'd')
      .toLowerCase()
  );
}
