import { describe, expect, it } from 'vitest';
import { en } from '../../lib/i18n/messages/en.ts';
import { vi } from '../../lib/i18n/messages/vi.ts';

// English is the second language, complete: the type of `en` already demands every key of `vi`; this
// also catches what a type cannot — an empty text, or a {placeholder} one language forgot.

type Catalogue = { [key: string]: string | Catalogue };

function leaves(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [inner, text] of leaves(value, path)) found.set(inner, text);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the message catalogues', () => {
  const vietnamese = leaves(vi as unknown as Catalogue);
  const english = leaves(en as unknown as Catalogue);

  it('have the same keys in both languages', () => {
    expect([...english.keys()].sort()).toEqual([...vietnamese.keys()].sort());
  });

  it('have no empty text, but where nothing is the text (an exact figure has no qualifier word)', () => {
    const meantEmpty = new Set(['resolutions.qualifiers.EXACT']);
    expect([...vietnamese, ...english].filter(([key, text]) => text.trim() === '' && !meantEmpty.has(key)).map(([key]) => key)).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = [...vietnamese].filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(english.get(key) ?? '')));
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});
