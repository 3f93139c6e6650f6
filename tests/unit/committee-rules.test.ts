import { describe, expect, it } from 'vitest';
import {
  checkSeat, checkSeatEnd, checkTermYears, committeeKindsFor, compareSeats, isSeatCurrentOn, positionsFor, romanNumeral, seatsOverlap,
  TERM_MAX_SPAN_YEARS, termsOverlap, type SeatDraft,
} from '../../lib/domain/committee-rules.ts';

const term2020 = { name: 'Nhiệm kỳ 2020–2025', startYear: 2020, endYear: 2025 };

describe('checkTermYears', () => {
  it('accepts the reference term and the next one, which share the congress year 2025', () => {
    expect(checkTermYears({ startYear: 2020, endYear: 2025 }, [])).toBeNull();
    expect(checkTermYears({ startYear: 2025, endYear: 2030 }, [term2020])).toBeNull();
    expect(checkTermYears({ startYear: 2015, endYear: 2020 }, [term2020])).toBeNull();
  });

  it('refuses an end year not after the start year', () => {
    expect(checkTermYears({ startYear: 2025, endYear: 2025 }, [])).toEqual({ problem: 'endNotAfterStart' });
    expect(checkTermYears({ startYear: 2025, endYear: 2020 }, [])).toEqual({ problem: 'endNotAfterStart' });
  });

  it('refuses a term longer than the longest a late congress explains', () => {
    expect(checkTermYears({ startYear: 2020, endYear: 2020 + TERM_MAX_SPAN_YEARS }, [])).toBeNull();
    expect(checkTermYears({ startYear: 2020, endYear: 2021 + TERM_MAX_SPAN_YEARS }, [])).toEqual({ problem: 'tooLong', max: TERM_MAX_SPAN_YEARS });
  });

  it('refuses years before the Party was founded or far ahead, naming the field', () => {
    expect(checkTermYears({ startYear: 1925, endYear: 1930 }, [])).toEqual({ problem: 'yearOutOfRange', field: 'startYear' });
    expect(checkTermYears({ startYear: 2100, endYear: 2105 }, [])).toEqual({ problem: 'yearOutOfRange', field: 'endYear' });
    expect(checkTermYears({ startYear: 2020.5, endYear: 2025 }, [])).toEqual({ problem: 'yearOutOfRange', field: 'startYear' });
  });

  it('refuses a term overlapping another of the organisation, naming it', () => {
    expect(checkTermYears({ startYear: 2022, endYear: 2027 }, [term2020])).toEqual({ problem: 'overlaps', other: term2020 });
    expect(checkTermYears({ startYear: 2021, endYear: 2023 }, [term2020])).toEqual({ problem: 'overlaps', other: term2020 });
    expect(checkTermYears({ startYear: 2019, endYear: 2024 }, [term2020])).toEqual({ problem: 'overlaps', other: term2020 });
  });

  it('termsOverlap is symmetric', () => {
    const pairs = [[{ startYear: 2020, endYear: 2025 }, { startYear: 2024, endYear: 2029 }], [{ startYear: 2015, endYear: 2020 }, { startYear: 2020, endYear: 2025 }]] as const;
    for (const [a, b] of pairs) expect(termsOverlap(a, b)).toBe(termsOverlap(b, a));
  });
});

describe('romanNumeral', () => {
  it.each([[1, 'I'], [4, 'IV'], [5, 'V'], [9, 'IX'], [13, 'XIII'], [14, 'XIV'], [40, 'XL'], [1999, 'MCMXCIX']] as const)('%i → %s', (value, text) => {
    expect(romanNumeral(value)).toBe(text);
  });
  it('has none for 0 or a fraction', () => {
    expect(() => romanNumeral(0)).toThrow(RangeError);
    expect(() => romanNumeral(2.5)).toThrow(RangeError);
  });
});

describe('committee kinds and positions', () => {
  it('a cell elects a cell committee; every other level an executive and a standing committee', () => {
    expect(committeeKindsFor('CELL')).toEqual(['CELL_COMMITTEE']);
    for (const kind of ['PROVINCIAL_COMMITTEE', 'BLOCK_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'PARTIAL_COMMITTEE'] as const) {
      expect(committeeKindsFor(kind)).toEqual(['EXECUTIVE', 'STANDING']);
    }
  });

  it('secretary and deputy in any committee; each member position in its own committee only', () => {
    expect(positionsFor('EXECUTIVE')).toEqual(['SECRETARY', 'DEPUTY_SECRETARY', 'EXECUTIVE_MEMBER']);
    expect(positionsFor('STANDING')).toEqual(['SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_MEMBER']);
    expect(positionsFor('CELL_COMMITTEE')).toEqual(['SECRETARY', 'DEPUTY_SECRETARY', 'CELL_COMMITTEE_MEMBER']);
  });
});

const seat = (overrides: Partial<SeatDraft> = {}): SeatDraft => ({ memberId: 'a', position: 'EXECUTIVE_MEMBER', startDate: '2020-07-10', endDate: null, ...overrides });
const executive = (others: SeatDraft[] = []) => ({ committeeKind: 'EXECUTIVE' as const, term: term2020, others });

describe('seats in time', () => {
  it('a seat is held from its first to its last day, both included', () => {
    const held = { startDate: '2020-07-10', endDate: '2023-05-31' };
    expect(isSeatCurrentOn(held, '2020-07-09')).toBe(false);
    expect(isSeatCurrentOn(held, '2020-07-10')).toBe(true);
    expect(isSeatCurrentOn(held, '2023-05-31')).toBe(true);
    expect(isSeatCurrentOn(held, '2023-06-01')).toBe(false);
    expect(isSeatCurrentOn({ startDate: '2020-07-10', endDate: null }, '2030-01-01')).toBe(true);
  });

  it('seats overlap when they share a day; a successor starting the next day does not', () => {
    expect(seatsOverlap({ startDate: '2020-07-10', endDate: '2023-05-31' }, { startDate: '2023-05-31', endDate: null })).toBe(true);
    expect(seatsOverlap({ startDate: '2020-07-10', endDate: '2023-05-31' }, { startDate: '2023-06-01', endDate: null })).toBe(false);
    expect(seatsOverlap({ startDate: '2023-06-01', endDate: null }, { startDate: '2020-07-10', endDate: null })).toBe(true);
  });
});

describe('checkSeat', () => {
  it('accepts a seat within the term', () => {
    expect(checkSeat(seat(), executive())).toBeNull();
    expect(checkSeat(seat({ endDate: '2025-10-15' }), executive())).toBeNull();
  });

  it('refuses a position the committee does not have', () => {
    expect(checkSeat(seat({ position: 'STANDING_MEMBER' }), executive())).toMatchObject({ problem: 'positionNotAllowed', field: 'position' });
    expect(checkSeat(seat({ position: 'EXECUTIVE_MEMBER' }), { ...executive(), committeeKind: 'CELL_COMMITTEE' })).toMatchObject({ problem: 'positionNotAllowed' });
    expect(checkSeat(seat({ position: 'CELL_COMMITTEE_MEMBER' }), { ...executive(), committeeKind: 'STANDING' })).toMatchObject({ problem: 'positionNotAllowed' });
    expect(checkSeat(seat({ position: 'SECRETARY' }), { ...executive(), committeeKind: 'CELL_COMMITTEE' })).toBeNull();
  });

  it('refuses an end before the start, and dates outside the term’s years', () => {
    expect(checkSeat(seat({ endDate: '2020-07-09' }), executive())).toMatchObject({ problem: 'endBeforeStart', field: 'endDate' });
    expect(checkSeat(seat({ startDate: '2020-07-10', endDate: '2020-07-10' }), executive())).toBeNull();
    expect(checkSeat(seat({ startDate: '2019-12-31' }), executive())).toMatchObject({ problem: 'outsideTerm', field: 'startDate', startYear: 2020, endYear: 2025 });
    expect(checkSeat(seat({ startDate: '2026-01-01' }), executive())).toMatchObject({ problem: 'outsideTerm', field: 'startDate' });
    expect(checkSeat(seat({ endDate: '2026-01-01' }), executive())).toMatchObject({ problem: 'outsideTerm', field: 'endDate' });
  });

  it('refuses the same person twice at once in the committee, but not one after the other', () => {
    const deputy = seat({ position: 'DEPUTY_SECRETARY', endDate: '2022-12-31' });
    expect(checkSeat(seat({ position: 'SECRETARY', startDate: '2022-12-31' }), executive([deputy]))).toMatchObject({ problem: 'personOverlap', other: deputy });
    expect(checkSeat(seat({ position: 'SECRETARY', startDate: '2023-01-01' }), executive([deputy]))).toBeNull();
    // Another person at the same time is fine.
    expect(checkSeat(seat({ memberId: 'b' }), executive([seat()]))).toBeNull();
  });

  it('refuses a second secretary at the same time, but not a successor', () => {
    const first = seat({ memberId: 'a', position: 'SECRETARY' });
    expect(checkSeat(seat({ memberId: 'b', position: 'SECRETARY', startDate: '2023-06-01' }), executive([first]))).toMatchObject({ problem: 'secondSecretary', other: first });
    const ended = { ...first, endDate: '2023-05-31' };
    expect(checkSeat(seat({ memberId: 'b', position: 'SECRETARY', startDate: '2023-06-01' }), executive([ended]))).toBeNull();
    // Two deputies at once are normal.
    expect(checkSeat(seat({ memberId: 'b', position: 'DEPUTY_SECRETARY' }), executive([seat({ position: 'DEPUTY_SECRETARY' })]))).toBeNull();
  });
});

describe('checkSeatEnd', () => {
  it('ends a seat on a day from its start to the end of the term', () => {
    const held = { startDate: '2020-07-10', endDate: null };
    expect(checkSeatEnd(held, '2020-07-10', term2020)).toBeNull();
    expect(checkSeatEnd(held, '2025-12-31', term2020)).toBeNull();
    expect(checkSeatEnd(held, '2020-07-09', term2020)).toEqual({ problem: 'endBeforeStart', field: 'endDate' });
    expect(checkSeatEnd(held, '2026-01-01', term2020)).toMatchObject({ problem: 'outsideTerm', field: 'endDate' });
  });
});

describe('compareSeats', () => {
  it('lists the secretary, the deputies, then members; held seats before ended ones', () => {
    const seats = [
      seat({ memberId: 'm', position: 'EXECUTIVE_MEMBER' }),
      seat({ memberId: 'old', position: 'SECRETARY', endDate: '2022-01-01' }),
      seat({ memberId: 'd', position: 'DEPUTY_SECRETARY' }),
      seat({ memberId: 's', position: 'SECRETARY', startDate: '2022-01-02' }),
    ];
    expect([...seats].sort(compareSeats).map((one) => one.memberId)).toEqual(['s', 'old', 'd', 'm']);
  });
});
