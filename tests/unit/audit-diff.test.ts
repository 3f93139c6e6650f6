import { describe, expect, it } from 'vitest';
import { diffSnapshots, shortValue } from '../../lib/domain/audit-diff.ts';
import { auditFilterQuery, auditFiltersSchema } from '../../lib/schemas/audit-filters.ts';

describe('the field-by-field diff of an audit row', () => {
  it('lists only the changed fields, in order, values as text', () => {
    const before = { title: 'Kế hoạch 274', version: 1, status: 'DRAFT', chairs: ['a', 'b'] };
    const after = { title: 'Kế hoạch 274', version: 2, status: 'SCHEDULED', chairs: ['a', 'b'] };
    expect(diffSnapshots(before, after)).toEqual([
      { field: 'version', before: '1', after: '2' },
      { field: 'status', before: 'DRAFT', after: 'SCHEDULED' },
    ]);
  });

  it('treats a creation (no before) and a removal (no after) as every field changed, absent and null alike', () => {
    expect(diffSnapshots(null, { id: 'x', note: null })).toEqual([{ field: 'id', before: null, after: 'x' }]);
    expect(diffSnapshots({ id: 'x' }, undefined)).toEqual([{ field: 'id', before: 'x', after: null }]);
    expect(diffSnapshots({ a: null }, {})).toEqual([]);
  });

  it('compares nested values whatever their key order, and shows them as JSON', () => {
    expect(diffSnapshots({ roles: [{ role: 'ADMIN', org: '1' }] }, { roles: [{ org: '1', role: 'ADMIN' }] })).toEqual([]);
    expect(diffSnapshots({ roles: [] }, { roles: [{ role: 'SECRETARY' }] })).toEqual([{ field: 'roles', before: '[]', after: '[{"role":"SECRETARY"}]' }]);
  });

  it('shortens long values by characters, not bytes, and puts them on one line', () => {
    const long = 'Hội nghị sơ kết giữa nhiệm kỳ '.repeat(10);
    const short = shortValue(long, 20)!;
    expect([...short]).toHaveLength(20);
    expect(short.endsWith('…')).toBe(true);
    expect(shortValue('một\nhai   ba')).toBe('một hai ba');
    expect(shortValue(true)).toBe('true');
  });
});

describe('the audit log’s filters in the URL', () => {
  it('keep the filters and replace the cursor when paging', () => {
    const filters = auditFiltersSchema.parse({ actor: 'nhung', outcome: 'DENIED', before: '120', from: '2026-01-02' });
    expect(filters).toMatchObject({ actor: 'nhung', outcome: 'DENIED', before: '120', from: '2026-01-02' });
    expect(new URLSearchParams(auditFilterQuery(filters, { after: '99' })).toString()).toBe('from=2026-01-02&actor=nhung&outcome=DENIED&after=99');
    expect(auditFilterQuery(auditFiltersSchema.parse({ before: '5' }))).toBe('');
  });
});
