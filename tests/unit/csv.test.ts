import { describe, expect, it } from 'vitest';
import { detectCsvDelimiter, parseCsv } from '../../lib/domain/csv.ts';

describe('CSV', () => {
  it('reads commas, quoted fields with the delimiter, doubled quotes and line breaks', () => {
    expect(parseCsv('a,b,c\n1,"x, y","say ""hi"""\n"two\nlines",,\n')).toEqual([['a', 'b', 'c'], ['1', 'x, y', 'say "hi"'], ['two\nlines', '', '']]);
  });

  it('reads semicolons (Excel on Vietnamese Windows) and drops the byte-order mark', () => {
    const text = '\uFEFFHọ và tên;Đơn vị\r\nNguyễn Văn An;"Chi bộ; Văn phòng"\r\n';
    expect(detectCsvDelimiter(text)).toBe(';');
    expect(parseCsv(text)).toEqual([['Họ và tên', 'Đơn vị'], ['Nguyễn Văn An', 'Chi bộ; Văn phòng']]);
  });

  it('picks the delimiter from the header line only, outside quotes', () => {
    expect(detectCsvDelimiter('"a;b;c",d\n1;2;3;4;5')).toBe(',');
    expect(detectCsvDelimiter('a;b,c;d')).toBe(';');
    expect(detectCsvDelimiter('single')).toBe(',');
  });

  it('keeps a last line without a line break, and a lone CR as a line break', () => {
    expect(parseCsv('a,b\r1,2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(parseCsv('')).toEqual([]);
  });
});
