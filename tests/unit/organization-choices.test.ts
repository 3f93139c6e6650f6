import { describe, expect, it } from 'vitest';
import { organizationChoices, type TreeUnit } from '../../lib/domain/organization-choices.ts';

const collator = new Intl.Collator('vi');
// A department with two cells, one of which has a sub-unit; a second top the reader also manages.
const units: TreeUnit[] = [
  { id: 'dept', parentId: 'block', label: 'Đảng ủy Sở' },
  { id: 'b', parentId: 'dept', label: 'Chi bộ B' },
  { id: 'a', parentId: 'dept', label: 'Chi bộ A' },
  { id: 'a1', parentId: 'a', label: 'Tổ A1' },
  { id: 'a1x', parentId: 'a1', label: 'Nhóm A1x' },
  { id: 'school', parentId: null, label: 'Đảng bộ Trường' },
];
const shown = (chosen?: string) => organizationChoices(units, chosen, collator.compare).map((unit) => `${'-'.repeat(unit.depth)}${unit.id}`);

describe('organizationChoices', () => {
  it('offers the tops of the tree and the units directly under them, in tree order', () => {
    expect(shown()).toEqual(['school', 'dept', '-a', '-b']);
  });

  it('opens the way down to the chosen unit and the units directly under it', () => {
    expect(shown('a1')).toEqual(['school', 'dept', '-a', '--a1', '---a1x', '-b']);
    expect(shown('a1x')).toEqual(['school', 'dept', '-a', '--a1', '---a1x', '-b']);
  });

  it('names the unit each one is under', () => {
    expect(organizationChoices(units, 'a1', collator.compare).map((unit) => [unit.id, unit.parentLabel])).toEqual([
      ['school', null], ['dept', null], ['a', 'Đảng ủy Sở'], ['a1', 'Chi bộ A'], ['a1x', 'Tổ A1'], ['b', 'Đảng ủy Sở'],
    ]);
  });

  it('ignores a chosen unit outside the tree', () => {
    expect(shown('elsewhere')).toEqual(shown());
  });
});
