import { describe, expect, it } from 'vitest';
import { checkMemberRows, foldHeader, locateHeader, memberKey, parsePartyMember, readMemberRows, type ImportContext, type MemberImportCells } from '../../lib/domain/member-import.ts';

const OFFICE = '00000000-0000-7000-8000-000000000001';
const LABOUR = '00000000-0000-7000-8000-000000000002';
const BLOCK = '00000000-0000-7000-8000-000000000003';
const context: ImportContext = {
  units: [
    { id: OFFICE, name: 'Chi bộ Văn phòng Sở', shortName: 'Chi bộ Văn phòng', inScope: true },
    { id: LABOUR, name: 'Chi bộ Phòng Lao động – Việc làm', shortName: 'Chi bộ Phòng LĐ-VL', inScope: true },
    { id: BLOCK, name: 'Đảng bộ Khối', shortName: null, inScope: false },
  ],
  existingMembers: new Set([memberKey(OFFICE, 'Phạm Thị Thu Trang')]),
};

const cells = (values: Partial<MemberImportCells>): MemberImportCells => ({ fullName: '', unit: '', title: '', email: '', phone: '', partyMember: '', ...values });
const check = (...rows: Partial<MemberImportCells>[]) => checkMemberRows(rows.map((values, index) => ({ line: index + 2, cells: cells(values) })), context);

describe('the header row', () => {
  it('is matched in any case, without diacritics, hints or marks', () => {
    expect(foldHeader('Đảng viên (có/không)')).toBe('dang vien');
    expect(foldHeader('  HỌ VÀ TÊN * ')).toBe('ho va ten');
    expect(locateHeader([['STT', 'ho ten', 'DON VI', 'Chức vụ', 'E-mail', 'Số điện thoại', 'Dang vien']])).toEqual({
      headerIndex: 0, columns: { fullName: 1, unit: 2, title: 3, email: 4, phone: 5, partyMember: 6 },
    });
  });

  it('may sit under title rows, as in the export', () => {
    expect(locateHeader([['Danh sách'], ['3 người'], ['STT', 'Họ và tên', 'Đơn vị']])).toMatchObject({ headerIndex: 2 });
  });

  it('must name the full name and the unit, once each', () => {
    expect(locateHeader([['Tên', 'Phòng']])).toEqual({ code: 'missingColumns', columns: ['fullName', 'unit'] });
    expect(locateHeader([['Họ và tên', 'Phòng']])).toEqual({ code: 'missingColumns', columns: ['unit'] });
    expect(locateHeader([['Họ và tên', 'Đơn vị', 'Ho ten']])).toEqual({ code: 'duplicateColumn', column: 'fullName' });
  });

  it('numbers data rows as the sheet does and skips blank ones', () => {
    const grid = [['Họ và tên', 'Đơn vị'], ['A', 'B'], ['', ' '], [], ['C', '']];
    const header = locateHeader(grid);
    if ('code' in header) throw new Error('no header');
    expect(readMemberRows(grid, header).map((row) => [row.line, row.cells.fullName])).toEqual([[2, 'A'], [5, 'C']]);
  });
});

describe('checking rows', () => {
  it('turns a valid row into a member, the unit found by name or short name without diacritics or dashes', () => {
    const [row] = check({ fullName: '  Nguyễn  Văn An ', unit: 'chi bo phong lao dong - viec lam', email: 'an@example.vn', phone: '+84 912 345 678', partyMember: 'Không' });
    expect(row).toMatchObject({ problems: [], member: { fullName: 'Nguyễn Văn An', organizationId: LABOUR, title: null, email: 'an@example.vn', phone: '+84 912 345 678', isPartyMember: false } });
    expect(check({ fullName: 'B', unit: 'CHI BỘ PHÒNG LĐ-VL' })[0]!.member?.organizationId).toBe(LABOUR);
  });

  it('lists every problem of a row', () => {
    const [row] = check({ unit: 'Chi bộ Ma', email: 'a@b', phone: 'gọi tôi', partyMember: 'có lẽ', title: 'x'.repeat(201) });
    expect(row!.member).toBeNull();
    expect(row!.problems).toEqual([
      { code: 'nameMissing' }, { code: 'tooLong', column: 'title', max: 200 }, { code: 'unitUnknown', unit: 'Chi bộ Ma' },
      { code: 'emailInvalid' }, { code: 'phoneInvalid' }, { code: 'partyMemberInvalid' },
    ]);
  });

  it('names a unit outside the scope, and duplicates of existing members and of rows above', () => {
    const rows = check(
      { fullName: 'Lê Văn Ngoài', unit: 'Đảng bộ Khối' },
      { fullName: 'pham thi thu trang', unit: 'Chi bộ Văn phòng' },
      { fullName: 'Lê Văn Mới', unit: 'Chi bộ Văn phòng Sở' },
      { fullName: 'LÊ VĂN MỚI', unit: 'chi bo van phong' },
      { fullName: 'Lê Văn Mới', unit: 'Chi bộ Phòng LĐ-VL' },
      { unit: 'Chi bộ Văn phòng' },
    );
    expect(rows.map((row) => row.problems)).toEqual([
      [{ code: 'unitOutOfScope', unit: 'Đảng bộ Khối' }],
      [{ code: 'duplicateExisting' }],
      [],
      [{ code: 'duplicateInFile', line: 4 }],
      [],
      [{ code: 'nameMissing' }],
    ]);
  });

  it('reads the party-member column', () => {
    expect(['', 'có', 'CO', 'x', 'TRUE', 'Đảng viên'].map(parsePartyMember)).toEqual([true, true, true, true, true, true]);
    expect(['không', 'Khong', 'false', '0'].map(parsePartyMember)).toEqual([false, false, false, false]);
    expect(parsePartyMember('dự bị')).toBeNull();
  });
});
