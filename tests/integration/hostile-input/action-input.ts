// The hostile-input suite's oracle: for an exported server action, the zod schema it hands to
// runAction and how it builds that input from the FormData, both read from the action's source. With
// them the suite knows, before calling, whether a generated form is one the schema refuses (then the
// action must refuse it and change nothing) or one it accepts (then the action may write).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { formValues } from '../../../lib/server/action-state.ts';
import { APP_DIR } from '../permission-matrix/harness.ts';

const ROOT = path.resolve(APP_DIR, '..');

export interface ActionInput {
  schema: z.ZodType;
  /** The value the action passes to runAction as `input` for this form. */
  input(form: FormData): unknown;
}

/**
 * Reads `schema: <name>` and `input: …` from the action's body (every action is written that way:
 * README "Architecture"). `input` may be `formValues(formData)`, spread or not, and
 * `<key>: formData.get('<name>') ?? undefined` entries; anything else fails with a message.
 */
export async function readActionInput(key: string): Promise<ActionInput> {
  const [file, name] = key.split('#') as [string, string];
  const filePath = path.join(APP_DIR, file);
  const source = await readFile(filePath, 'utf8');
  const start = source.search(new RegExp(`^export (?:async )?function ${name}\\b`, 'm'));
  if (start < 0) throw new Error(`${key}: no exported function ${name}`);
  const next = source.slice(start + 1).search(/^export /m);
  const body = next < 0 ? source.slice(start) : source.slice(start, start + 1 + next);

  const schemaName = /\bschema:\s*(\w+)/.exec(body)?.[1];
  const inputExpression = /\binput:\s*(.+?),?\s*$/m.exec(body)?.[1];
  if (!schemaName || !inputExpression) throw new Error(`${key}: the hostile-input suite reads \`schema: <name>\` and \`input: …\` of runAction from the action; found none`);

  const importLine = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)].find(([, names]) =>
    names!.split(',').some((entry) => entry.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop() === schemaName),
  );
  if (!importLine) throw new Error(`${key}: cannot find where ${schemaName} is imported from`);
  const specifier = importLine[2]!;
  const modulePath = specifier.startsWith('@/') ? path.join(ROOT, specifier.slice(2)) : path.resolve(path.dirname(filePath), specifier);
  const importedName = importLine[1]!.split(',').map((entry) => entry.trim().split(/\s+as\s+/)).find((parts) => parts.at(-1) === schemaName)![0]!;
  const schema = ((await import(/* @vite-ignore */ modulePath)) as Record<string, z.ZodType>)[importedName];
  if (!schema) throw new Error(`${key}: ${specifier} exports no ${importedName}`);

  const spread = inputExpression.includes('formValues(formData)');
  const gets = [...inputExpression.matchAll(/(\w+):\s*formData\.get\('([^']+)'\)/g)].map(([, property, field]) => [property!, field!] as const);
  if (!spread && gets.length === 0) throw new Error(`${key}: cannot read its input \`${inputExpression}\``);
  return {
    schema,
    input: (form) => ({
      ...(spread ? formValues(form) : {}),
      ...Object.fromEntries(gets.map(([property, field]) => [property, form.get(field) ?? undefined])),
    }),
  };
}
