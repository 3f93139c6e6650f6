import { describe, expect, it } from 'vitest';
import { compareVietnameseNames, foldVietnamese, splitVietnameseName } from '../../lib/domain/vietnamese-name.ts';

const sorted = (names: string[]) => [...names].sort(compareVietnameseNames);

describe('splitVietnameseName', () => {
  it.each([
    ['Nguyễn Văn An', { family: 'Nguyễn', middle: 'Văn', given: 'An' }],
    ['Trần Thị Bích', { family: 'Trần', middle: 'Thị', given: 'Bích' }],
    ['Lê Đức', { family: 'Lê', middle: '', given: 'Đức' }],
    ['Tôn Nữ Thị Ngọc Anh', { family: 'Tôn', middle: 'Nữ Thị Ngọc', given: 'Anh' }],
    ['  Phạm   Minh\tDũng ', { family: 'Phạm', middle: 'Minh', given: 'Dũng' }],
    ['Páo', { family: '', middle: '', given: 'Páo' }],
    ['', { family: '', middle: '', given: '' }],
    ['   ', { family: '', middle: '', given: '' }],
  ])('%j → %j', (name, parts) => {
    expect(splitVietnameseName(name)).toEqual(parts);
  });

  it('normalises combining marks to precomposed letters', () => {
    expect(splitVietnameseName('Nguyễn Thị Ánh'.normalize('NFD')).given).toBe('Ánh');
  });
});

describe('compareVietnameseNames', () => {
  it('relies on Node’s ICU ordering the Vietnamese alphabet', () => {
    const collator = new Intl.Collator('vi', { sensitivity: 'base' });
    expect(collator.compare('An', 'Ánh')).toBeLessThan(0);
    expect(collator.compare('Dũng', 'Đức')).toBeLessThan(0); // đ follows d
    expect(collator.compare('Duy', 'Đạt')).toBeLessThan(0); // …even when what follows would say otherwise
    expect(collator.compare('Anh', 'Ánh')).toBe(0); // tones tie at base strength
    expect(collator.compare('Ân', 'An')).toBeGreaterThan(0); // â is a letter of its own, after a and ă
  });

  it('sorts by given name first', () => {
    expect(sorted(['Trần Thị Bích', 'Phạm Minh Dũng', 'Lê Đức', 'Nguyễn Văn An'])).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Bích',
      'Phạm Minh Dũng',
      'Lê Đức',
    ]);
  });

  it('orders given names in the Vietnamese alphabet', () => {
    expect(sorted(['Võ Thị Ánh', 'Hồ Văn An', 'Đặng Thị Ân', 'Bùi Văn Ăn', 'Mai Văn Anh', 'Lý Văn Đạt', 'Hà Văn Duy'])).toEqual([
      'Hồ Văn An',
      'Võ Thị Ánh', // Ánh ties with Anh at base strength, so the middle name decides: Thị before Văn
      'Mai Văn Anh',
      'Bùi Văn Ăn',
      'Đặng Thị Ân',
      'Hà Văn Duy',
      'Lý Văn Đạt',
    ]);
  });

  it('with equal given names, orders by middle name, then family name', () => {
    expect(sorted(['Trần Văn An', 'Nguyễn Văn An', 'Lê Thị An', 'Phạm An', 'Nguyễn Đức An'])).toEqual([
      'Phạm An', // no middle name comes first
      'Nguyễn Đức An', // Đ (after D) comes before T and V
      'Lê Thị An',
      'Nguyễn Văn An', // same given and middle name: Nguyễn before Trần
      'Trần Văn An',
    ]);
  });

  it('lets tones decide only when every part ties without them', () => {
    // Trần … Anh vs Nguyễn … Ánh: the family name decides before the accent does
    expect(sorted(['Nguyễn Thị Ánh', 'Trần Thị Anh'])).toEqual(['Nguyễn Thị Ánh', 'Trần Thị Anh']);
    // same letters everywhere: tone order ngang < sắc
    expect(sorted(['Nguyễn Thị Ánh', 'Nguyễn Thị Anh'])).toEqual(['Nguyễn Thị Anh', 'Nguyễn Thị Ánh']);
  });

  it('is total: different strings never compare equal, equal ones do', () => {
    expect(compareVietnameseNames('Nguyễn Văn An', 'Nguyễn Văn An')).toBe(0);
    expect(compareVietnameseNames('nguyễn văn an', 'Nguyễn Văn An')).not.toBe(0);
    const nfd = 'Nguyễn Văn An'.normalize('NFD');
    expect(compareVietnameseNames(nfd, 'Nguyễn Văn An')).not.toBe(0);
    expect(Math.sign(compareVietnameseNames(nfd, 'Nguyễn Văn An'))).toBe(-Math.sign(compareVietnameseNames('Nguyễn Văn An', nfd)));
  });

  it('is antisymmetric and gives the same order from any starting order', () => {
    const names = ['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Đức', 'Phạm Minh Dũng', 'Nguyễn Thị Ánh', 'Trần An', 'Lê Văn An', 'Páo'];
    for (const a of names) for (const b of names) {
      expect(Math.sign(compareVietnameseNames(a, b))).toBe(-Math.sign(compareVietnameseNames(b, a)) || 0);
    }
    const expected = sorted(names);
    expect(sorted([...names].reverse())).toEqual(expected);
    expect(expected).toEqual(['Trần An', 'Lê Văn An', 'Nguyễn Văn An', 'Nguyễn Thị Ánh', 'Trần Thị Bích', 'Phạm Minh Dũng', 'Lê Đức', 'Páo']);
  });
});

describe('foldVietnamese', () => {
  it.each([
    ['Hội nghị sơ kết', 'hoi nghi so ket'],
    ['Đảng ủy Sở Lao động – Thương binh và Xã hội', 'dang uy so lao dong – thuong binh va xa hoi'],
    ['ĐẠI HỘI ĐẢNG BỘ LẦN THỨ V', 'dai hoi dang bo lan thu v'],
    ['Nguyễn Thị Ánh'.normalize('NFD'), 'nguyen thi anh'],
    ['Ðức', 'duc'], // U+00D0 look-alike
    ['274-KH/ĐUSLĐTBXH', '274-kh/dusldtbxh'],
    ['hoi nghi', 'hoi nghi'],
    ['', ''],
  ])('%j → %j', (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
  });

  it('makes "hoi nghi" find "Hội nghị"', () => {
    expect(foldVietnamese('Hội nghị sơ kết giữa nhiệm kỳ').includes(foldVietnamese('hoi nghi'))).toBe(true);
  });
});
