import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { taskCompletion, unitsMostInNeed } from '../../lib/domain/task-completion.ts';

describe('taskCompletion', () => {
  it('splits the open tasks into on time and overdue, and leaves cancelled ones out of the share done', () => {
    expect(taskCompletion({ open: 12, overdue: 4, done: 30, cancelled: 2 })).toEqual({
      open: 12, overdue: 4, done: 30, cancelled: 2, onTime: 8, owed: 42, percentDone: 71,
    });
  });

  it('has no share when nothing is owed, and 100 % when all is done', () => {
    expect(taskCompletion({ open: 0, overdue: 0, done: 0, cancelled: 3 }).percentDone).toBeNull();
    expect(taskCompletion({ open: 0, overdue: 0, done: 1, cancelled: 0 }).percentDone).toBe(100);
    expect(taskCompletion({ open: 1, overdue: 1, done: 0, cancelled: 0 })).toMatchObject({ onTime: 0, percentDone: 0 });
  });

  it('rounds half up: 1 of 8 is 13 %', () => {
    expect(taskCompletion({ open: 7, overdue: 0, done: 1, cancelled: 0 }).percentDone).toBe(13);
  });
});

describe('unitsMostInNeed', () => {
  const unit = (name: string, open: number, overdue: number, done = 0) => ({ name, ...taskCompletion({ open, overdue, done, cancelled: 0 }) });
  const units = [unit('Chi bộ Ấp Bắc', 3, 0), unit('Chi bộ An Phú', 5, 2), unit('Chi bộ Bình Mỹ', 9, 2), unit('Chi bộ Đông Hòa', 1, 1, 7)];

  it('keeps every unit, by name in Vietnamese order, when all fit', () => {
    expect(unitsMostInNeed(units, 4).map((row) => row.name)).toEqual(['Chi bộ An Phú', 'Chi bộ Ấp Bắc', 'Chi bộ Bình Mỹ', 'Chi bộ Đông Hòa']);
  });

  it('otherwise shows those with the most overdue tasks, then the most open, then by name', () => {
    expect(unitsMostInNeed(units, 3).map((row) => row.name)).toEqual(['Chi bộ Bình Mỹ', 'Chi bộ An Phú', 'Chi bộ Đông Hòa']);
    expect(unitsMostInNeed(units, 1)).toEqual([units[2]]);
  });

  it('picks the same units, in the same order, as sorting them all by need and then by name', () => {
    const collator = new Intl.Collator('vi');
    const names = ['Chi bộ An Phú', 'Chi bộ Ấp Bắc', 'Chi bộ Bình Mỹ', 'Chi bộ Đông Hòa', 'Chi bộ Đình', 'Chi bộ Ân Thi', 'Chi bộ Ba'];
    // Few distinct counts, so that many units tie at the cut and their names decide.
    const arbitraryUnit = fc.record({ name: fc.constantFrom(...names), open: fc.nat(3), late: fc.nat(3) })
      .map(({ name, open, late }) => unit(name, open, Math.min(late, open)));
    fc.assert(fc.property(fc.array(arbitraryUnit, { maxLength: 40 }), fc.nat(15), (all, max) => {
      const everyUnitSorted = [...all].sort((a, b) => b.overdue - a.overdue || b.open - a.open || collator.compare(a.name, b.name));
      const expected = all.length <= max ? [...all].sort((a, b) => collator.compare(a.name, b.name)) : everyUnitSorted.slice(0, max);
      expect(unitsMostInNeed(all, max).map((row) => [row.name, row.overdue, row.open])).toEqual(expected.map((row) => [row.name, row.overdue, row.open]));
    }));
  });
});
