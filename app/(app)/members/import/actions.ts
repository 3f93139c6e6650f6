'use server';

// The member import's two steps (the page /members/import): preview a file, then confirm its valid rows.
import { revalidatePath } from 'next/cache';
import type { RowProblem } from '@/lib/domain/member-import.ts';
import { formatNumber } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import { confirmMemberImportSchema, previewMemberImportSchema, type MemberImportState } from '@/lib/schemas/member-import.ts';
import { runAction } from '@/lib/server/action-state.ts';
import { confirmMemberImport } from '@/lib/server/members/confirm-member-import.ts';
import { previewMemberImport } from '@/lib/server/members/preview-member-import.ts';

function describe(problem: RowProblem, text: Messages['members']['import']): string {
  const template = text.problems[problem.code];
  switch (problem.code) {
    case 'tooLong':
      return interpolate(template, { column: text.columns[problem.column], max: problem.max });
    case 'unitUnknown':
    case 'unitOutOfScope':
    case 'unitAmbiguous':
      return interpolate(template, { unit: problem.unit });
    case 'duplicateInFile':
      return interpolate(template, { line: problem.line });
    default:
      return template;
  }
}

export async function previewMemberImportAction(_previous: MemberImportState, formData: FormData): Promise<MemberImportState> {
  const result = await runAction({
    permission: 'member.import',
    schema: previewMemberImportSchema,
    input: { file: formData.get('file') ?? undefined },
    run: async (actor, { file }) => previewMemberImport({ actor, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }),
  });
  if (!result.ok) return result.state;
  const { t, locale, value } = result;
  const text = t.members.import;
  const rows = value.rows.map((row) => ({ line: row.line, cells: row.cells, problems: row.problems.map((problem) => describe(problem, text)) }));
  const validCount = value.rows.filter((row) => row.member !== null).length;
  const preview = { fileName: value.fileName, rows, validCount, invalidCount: rows.length - validCount, payload: value.payload };
  const counts = { fileName: value.fileName, total: count(rows.length, locale), valid: count(validCount, locale), invalid: count(preview.invalidCount, locale) };
  // Nothing to import is a refusal, but the rows still come back so their problems can be fixed.
  if (validCount === 0) return { status: 'error', message: interpolate(text.nothingValid, counts), fieldErrors: {}, preview };
  return { status: 'preview', message: interpolate(text.previewDone, counts), preview };
}

export async function confirmMemberImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'member.import',
    schema: confirmMemberImportSchema,
    input: { payload: formData.get('payload') ?? undefined },
    run: (actor, { payload }) => confirmMemberImport({ actor, payload }),
  });
  // The signed rows are not echoed back: the form still holds them.
  if (!result.ok) return result.state.status === 'error' ? { ...result.state, values: {} } : result.state;
  revalidatePath('/members');
  return { status: 'success', message: interpolate(result.t.members.import.done, { count: count(result.value.created, result.locale) }) };
}

const count = (value: number, locale: Locale) => formatNumber(value, locale);
