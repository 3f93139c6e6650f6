import { describe, expect, it } from 'vitest';
import { breakdownFlag, goalText } from '../../lib/documents/review-report-document.ts';
import { dateLine, issuingBodyName, numberLine, onBehalfOf, spokenTime, symbolOf, weekdayOf } from '../../lib/documents/party-layout.ts';
import { checkBreakdown } from '../../lib/domain/breakdown.ts';

// The wording rules of Party documents (Hướng dẫn 36-HD/VPTW) that the DOCX builders share.

describe('the date line', () => {
  it('writes the place and the date in words, as the reference conference’s documents are dated', () => {
    expect(dateLine('An Giang', '2023-07-31')).toBe('An Giang, ngày 31 tháng 7 năm 2023');
  });

  it('puts a zero before days under 10 and before January and February, and nowhere else', () => {
    expect(dateLine('An Giang', '2024-02-05')).toBe('An Giang, ngày 05 tháng 02 năm 2024');
    expect(dateLine('An Giang', '2024-01-10')).toBe('An Giang, ngày 10 tháng 01 năm 2024');
    expect(dateLine('An Giang', '2024-03-09')).toBe('An Giang, ngày 09 tháng 3 năm 2024');
    expect(dateLine('An Giang', '2024-12-31')).toBe('An Giang, ngày 31 tháng 12 năm 2024');
  });

  it('leaves the place out when none is recorded, and refuses what is not a date', () => {
    expect(dateLine(null, '2023-07-31')).toBe('ngày 31 tháng 7 năm 2023');
    expect(() => dateLine('An Giang', '31/07/2023')).toThrow(RangeError);
  });
});

describe('the number and symbol', () => {
  it('leaves blanks for the number the office registers, before the kind and the issuer’s symbol', () => {
    expect(numberLine('notice', 'ĐUSLĐTBXH')).toBe('Số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-TB/ĐUSLĐTBXH');
    expect(numberLine('notice', 'ĐUSLĐTBXH', 15)).toBe('Số 15-TB/ĐUSLĐTBXH');
    expect(numberLine('invitation', null, 3)).toBe('Số 3-GM');
    expect(['minutes', 'report'].map((kind) => numberLine(kind as 'minutes' | 'report', 'ĐU', 1))).toEqual(['Số 1-BB/ĐU', 'Số 1-BC/ĐU']);
  });

  it('takes the symbol after the slash of a plan’s number', () => {
    expect(symbolOf('274-KH/ĐUSLĐTBXH')).toBe('ĐUSLĐTBXH');
    expect(symbolOf('274-KH')).toBeNull();
    expect(symbolOf(null)).toBeNull();
  });
});

describe('the issuing body', () => {
  it('is the committee of a party organisation, and a cell itself', () => {
    expect(issuingBodyName({ name: 'Đảng bộ Sở Lao động – Thương binh và Xã hội', kind: 'GRASSROOTS_COMMITTEE' })).toBe('Đảng ủy Sở Lao động – Thương binh và Xã hội');
    expect(issuingBodyName({ name: 'Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh An Giang', kind: 'BLOCK_COMMITTEE' })).toBe('Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh An Giang');
    expect(issuingBodyName({ name: 'Đảng bộ tỉnh An Giang', kind: 'PROVINCIAL_COMMITTEE' })).toBe('Tỉnh ủy An Giang');
    expect(issuingBodyName({ name: 'Chi bộ Văn phòng Sở', kind: 'CELL' })).toBe('Chi bộ Văn phòng Sở');
    expect([onBehalfOf('GRASSROOTS_COMMITTEE'), onBehalfOf('CELL')]).toEqual(['T/M ĐẢNG ỦY', 'T/M CHI ỦY']);
  });
});

describe('times and days in words', () => {
  it('says the hour and the weekday as an invitation does', () => {
    expect(spokenTime('07:30')).toBe('07 giờ 30 phút');
    expect(spokenTime('14:00')).toBe('14 giờ');
    expect(weekdayOf('2023-07-31')).toBe('thứ Hai');
    expect(weekdayOf('2023-07-30')).toBe('Chủ nhật');
  });
});

describe('the review report’s table', () => {
  it('flags a breakdown that does not add up, in the report’s own figures', () => {
    const parts = [233, 106, 2, 1, 1].map((value, index) => ({ label: `${index}`, value }));
    expect(breakdownFlag({ parts, breakdown: checkBreakdown(357, parts.map((part) => part.value)) })).toBe('233 + 106 + 2 + 1 + 1 = 343, lệch so với 357');
    const levels = [3379, 7290, 64240].map((value) => ({ label: '', value }));
    expect(breakdownFlag({ parts: levels, breakdown: checkBreakdown(74909, levels.map((part) => part.value)) })).toBeNull();
    expect(breakdownFlag({ parts: [], breakdown: checkBreakdown(4, []) })).toBeNull();
  });

  it('states the goal with its unit', () => {
    expect(goalText({ unit: 'PEOPLE', goal: { goalKind: 'AT_LEAST', targetValue: 203, targetMax: null } })).toBe('Đạt ít nhất 203 người');
    expect(goalText({ unit: 'PERCENT', goal: { goalKind: 'REDUCTION_PER_YEAR', targetValue: 1, targetMax: 1.2 } })).toBe('Giảm 1 % – 1,2 % mỗi năm');
    expect(goalText({ unit: 'BILLION_VND', goal: { goalKind: 'COUNT_OVER_TERM', targetValue: null, targetMax: null } })).toBe('Chưa xác định');
  });
});
