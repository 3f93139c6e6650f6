import { describe, expect, it } from 'vitest';
import { formValues } from '../../lib/server/action-state.ts';

describe('formValues', () => {
  it('keeps repeated keys as arrays and drops Next’s own fields and files', () => {
    const form = new FormData();
    form.append('title', 'Hội nghị');
    form.append('memberIds', 'a');
    form.append('memberIds', 'b');
    form.append('$ACTION_ID_123', '');
    form.append('file', new File(['x'], 'x.txt'));
    expect({ ...formValues(form) }).toEqual({ title: 'Hội nghị', memberIds: ['a', 'b'] });
  });

  it('keeps a field named __proto__ an ordinary field: the object’s prototype does not change', () => {
    const form = new FormData();
    form.append('__proto__', 'x');
    form.append('__proto__', 'y');
    form.append('constructor', 'z');
    const values = formValues(form);
    expect(Object.getPrototypeOf(values)).toBeNull();
    expect(Object.hasOwn(values, '__proto__')).toBe(true);
    expect(values['__proto__']).toEqual(['x', 'y']);
    expect(values['constructor']).toBe('z');
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});
