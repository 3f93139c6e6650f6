import { describe, expect, it } from 'vitest';
import { cleanMemberText, isMemberEmail, isMemberPhone } from '../../lib/domain/member-fields.ts';
import { compareSeats, compareTransfers, seatState, transferDateProblem } from '../../lib/domain/member-transfer.ts';
import { createMemberSchema, setMemberActiveSchema, transferMemberSchema } from '../../lib/schemas/member.ts';

const UNIT = '00000000-0000-7000-8000-000000000001';

describe('a member’s fields (the import’s rules)', () => {
  it('cleans text as the import does: NFC, trimmed, one space between words', () => {
    expect(cleanMemberText('  Nguye\u0302\u0303n   Văn\tAn ')).toBe('Nguyễn Văn An');
  });

  it('accepts office addresses and phone numbers, and refuses the rest', () => {
    expect(isMemberEmail('an.nv@angiang.gov.vn')).toBe(true);
    expect(isMemberEmail('a@b')).toBe(false);
    expect(isMemberEmail('an nv@angiang.gov.vn')).toBe(false);
    expect(isMemberPhone('+84 912 345 678')).toBe(true);
    expect(isMemberPhone('(0296) 3852.123')).toBe(true);
    expect(isMemberPhone('1234567')).toBe(false);
    expect(isMemberPhone('0912 345 678 901 234')).toBe(false);
    expect(isMemberPhone('gọi 0912345678')).toBe(false);
  });

  it('the form’s schema applies them: blanks become null, errors name their field', () => {
    expect(createMemberSchema.parse({ fullName: ' Lê  Thị Hoa ', organizationId: UNIT, title: ' ', email: '', phone: '0912 345 678', isPartyMember: 'no' })).toEqual({
      fullName: 'Lê Thị Hoa', organizationId: UNIT, title: null, email: null, phone: '0912 345 678', isPartyMember: false,
    });
    const result = createMemberSchema.safeParse({ fullName: ' ', organizationId: '', email: 'x@y', phone: '12', title: 'x'.repeat(201) });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(messages).toMatchObject({ fullName: 'required', organizationId: 'member.unitRequired', email: 'member.emailInvalid', phone: 'member.phoneInvalid', isPartyMember: 'member.partyMemberRequired' });
    expect(messages.title).toBeDefined();
  });

  it('deactivating needs the ticked confirmation; reactivating does not', () => {
    const base = { memberId: UNIT, version: '3' };
    expect(setMemberActiveSchema.safeParse({ ...base, active: 'false' }).error?.issues[0]).toMatchObject({ path: ['confirm'], message: 'member.confirmDeactivate' });
    expect(setMemberActiveSchema.parse({ ...base, active: 'false', confirm: 'on' })).toMatchObject({ active: false, version: 3 });
    expect(setMemberActiveSchema.parse({ ...base, active: 'true' })).toMatchObject({ active: true });
  });

  it('a transfer needs a unit and a real day', () => {
    expect(transferMemberSchema.safeParse({ memberId: UNIT, version: '1', toOrganizationId: '', effectiveDate: '2024-02-30' }).error?.issues.map((issue) => issue.path[0])).toEqual(['toOrganizationId', 'effectiveDate']);
    expect(transferMemberSchema.parse({ memberId: UNIT, version: '1', toOrganizationId: UNIT, effectiveDate: '2024-02-29', note: '' })).toMatchObject({ effectiveDate: new Date('2024-02-29T00:00:00Z'), note: null });
  });
});

describe('the date of a transfer', () => {
  it('is today at the latest', () => {
    expect(transferDateProblem({ effectiveDate: '2025-08-02', today: '2025-08-01', lastTransferDate: null })).toEqual({ code: 'future', today: '2025-08-01' });
    expect(transferDateProblem({ effectiveDate: '2025-08-01', today: '2025-08-01', lastTransferDate: null })).toBeNull();
  });

  it('is never before the latest transfer, though the same day is allowed', () => {
    expect(transferDateProblem({ effectiveDate: '2024-06-09', today: '2025-08-01', lastTransferDate: '2024-06-10' })).toEqual({ code: 'beforeLast', last: '2024-06-10' });
    expect(transferDateProblem({ effectiveDate: '2024-06-10', today: '2025-08-01', lastTransferDate: '2024-06-10' })).toBeNull();
  });
});

describe('a committee seat', () => {
  const today = '2025-08-01';
  it('is held from its start day through its end day, both included; without an end it is held', () => {
    expect(seatState({ startDate: '2020-07-01', endDate: null }, today)).toBe('current');
    expect(seatState({ startDate: '2020-07-01', endDate: today }, today)).toBe('current');
    expect(seatState({ startDate: today, endDate: null }, today)).toBe('current');
    expect(seatState({ startDate: '2020-07-01', endDate: '2025-07-31' }, today)).toBe('ended');
    expect(seatState({ startDate: '2025-08-02', endDate: null }, today)).toBe('upcoming');
  });
});

describe('the order of a member’s history', () => {
  it('puts transfers oldest first, the same day in the order recorded', () => {
    const rows = [
      { id: 'c', effectiveDate: '2024-01-02', createdAt: new Date('2024-01-02T03:00:00Z') },
      { id: 'b', effectiveDate: '2024-01-02', createdAt: new Date('2024-01-02T01:00:00Z') },
      { id: 'a', effectiveDate: '2021-09-15', createdAt: new Date('2025-01-01T00:00:00Z') },
    ];
    expect([...rows].sort(compareTransfers).map((row) => row.id)).toEqual(['a', 'b', 'c']);
  });

  it('puts seats oldest first by start, an ended one before an open one of the same start', () => {
    const rows = [
      { id: 'open', startDate: '2020-07-01', endDate: null },
      { id: 'later', startDate: '2023-01-01', endDate: null },
      { id: 'ended', startDate: '2020-07-01', endDate: '2022-12-31' },
    ];
    expect([...rows].sort(compareSeats).map((row) => row.id)).toEqual(['ended', 'open', 'later']);
  });
});
