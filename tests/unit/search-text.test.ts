import { describe, expect, it } from 'vitest';
import { escapeLikePattern, searchWords, snippetParts, type SnippetPart } from '../../lib/domain/search-text.ts';

/** The excerpt with matches in [brackets], to read the expectations at a glance. */
const shown = (parts: SnippetPart[]) => parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');

describe('searchWords', () => {
  it('splits on any whitespace and drops repeats, compared without diacritics', () => {
    expect(searchWords('  Hội  nghị\tsơ kết hoi ')).toEqual(['Hội', 'nghị', 'sơ', 'kết']);
  });

  it('reads a word typed with combining marks as the precomposed one', () => {
    expect(searchWords('Hội'.normalize('NFD'))).toEqual(['Hội']);
  });
});

describe('escapeLikePattern', () => {
  it('makes % _ and the escape character itself literal', () => {
    expect(escapeLikePattern('50%_a\\b')).toBe('50\\%\\_a\\\\b');
    expect(escapeLikePattern('hội nghị')).toBe('hội nghị');
  });
});

describe('snippetParts', () => {
  it('marks every word wherever it is, ignoring diacritics and case, keeping the text as written', () => {
    expect(shown(snippetParts('Hội nghị sơ kết giữa nhiệm kỳ', ['ket', 'HOI']))).toBe('[Hội] nghị sơ [kết] giữa nhiệm kỳ');
  });

  it('folds đ to d', () => {
    expect(shown(snippetParts('Chánh Văn phòng Đảng ủy', ['dang', 'uy']))).toBe('Chánh Văn phòng [Đảng] [ủy]');
  });

  it('merges overlapping matches', () => {
    expect(shown(snippetParts('nghị quyết', ['nghi', 'nghi quy']))).toBe('[nghị quy]ết');
  });

  it('cuts a long text around the first match, at spaces, with an ellipsis where cut', () => {
    const text = `${'mở đầu '.repeat(40)}giảm nghèo bền vững ${'kết thúc '.repeat(40)}`;
    const excerpt = shown(snippetParts(text, ['giam ngheo'], 60));
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).toContain('[giảm nghèo]');
    expect(excerpt.length).toBeLessThan(80);
    expect(excerpt.slice(1, 3)).toBe('mở');
  });

  it('gives the beginning of a text without a match', () => {
    expect(shown(snippetParts('Kế hoạch số 274', ['xyz']))).toBe('Kế hoạch số 274');
    expect(shown(snippetParts('a '.repeat(100), ['xyz'], 10))).toBe('a a a a a…');
  });
});
