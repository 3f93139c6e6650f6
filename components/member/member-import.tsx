'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { MEMBER_IMPORT_COLUMNS } from '@/lib/domain/member-import.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';
import type { MemberImportPreview, MemberImportState } from '@/lib/schemas/member-import.ts';

interface Props {
  previewAction: (state: MemberImportState, formData: FormData) => Promise<MemberImportState>;
  confirmAction: (state: ActionState, formData: FormData) => Promise<ActionState>;
  text: Messages['members']['import'];
  /** Already formatted for the hint: the row and size limits. */
  limits: { rows: string; megabytes: string };
}

const ACCEPT = ['.xlsx', '.csv', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'].join(',');

/**
 * The import's steps on one page: upload (step 1), the preview table with every row's problems (step 2)
 * and the confirmation of its valid rows (step 3). The preview writes nothing; the confirmation posts
 * only the signed rows the server handed back, never what the table shows.
 */
export function MemberImport({ previewAction, confirmAction, text, limits }: Props) {
  const [state, formAction, pending] = useActionState(previewAction, IDLE as MemberImportState);
  const preview = 'preview' in state ? state.preview : null;
  const fileError = state.status === 'error' ? state.fieldErrors.file : undefined;
  return (
    <div className="space-y-6">
      <form action={formAction} className="max-w-2xl space-y-4 rounded-md border border-stone-200 p-4" noValidate>
        {state.status === 'preview' ? (
          <p role="status" data-testid="form-status" className="rounded-md bg-stone-50 px-3 py-2 text-sm text-stone-900">{state.message}</p>
        ) : state.status === 'error' || state.status === 'success' ? <FormStatus state={state} /> : null}
        <Field name="file" label={text.file} hint={interpolate(text.fileHint, { rows: limits.rows, max: limits.megabytes })} error={fileError}>
          {(props) => <input {...props} type="file" accept={ACCEPT} required />}
        </Field>
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? text.previewing : text.preview}
        </button>
      </form>
      {/* A new preview starts a new confirmation: the key resets its state. */}
      {preview ? <PreviewTable key={preview.payload ?? `${preview.fileName}:${preview.rows.length}`} preview={preview} confirmAction={confirmAction} text={text} /> : null}
    </div>
  );
}

function PreviewTable({ preview, confirmAction, text }: { preview: MemberImportPreview; confirmAction: Props['confirmAction']; text: Props['text'] }) {
  const [state, formAction, pending] = useActionState(confirmAction, IDLE);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const rows = onlyProblems ? preview.rows.filter((row) => row.problems.length > 0) : preview.rows;
  const done = state.status === 'success';
  return (
    <section aria-labelledby="import-preview-heading" className="space-y-4">
      <h2 id="import-preview-heading" className="text-lg font-semibold text-stone-900">{preview.fileName}</h2>
      <p className="flex flex-wrap gap-4 text-sm">
        <span data-testid="import-valid-count" className="font-medium text-green-800">{interpolate(text.validCount, { count: preview.validCount })}</span>
        <span data-testid="import-invalid-count" className="font-medium text-red-800">{interpolate(text.invalidCount, { count: preview.invalidCount })}</span>
      </p>
      {preview.payload ? (
        <form action={formAction} className="max-w-2xl space-y-3 rounded-md border border-stone-200 p-4">
          <FormStatus state={state} />
          <input type="hidden" name="payload" value={preview.payload} />
          {done ? (
            <Link href="/members" className="font-medium">{text.backToList}</Link>
          ) : (
            <>
              <p className="text-sm text-stone-700">{text.confirmHint}</p>
              <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
                {pending ? text.confirming : interpolate(text.confirm, { count: preview.validCount })}
              </button>
            </>
          )}
        </form>
      ) : null}
      {preview.invalidCount > 0 ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)} />
          {text.onlyProblems}
        </label>
      ) : null}
      <Table caption={text.caption} minWidth="min-w-[56rem]">
        <thead>
          <tr>
            <Th className="w-14">{text.line}</Th>
            {MEMBER_IMPORT_COLUMNS.map((column) => <Th key={column}>{text.columns[column]}</Th>)}
            <Th>{text.problemsColumn}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} data-testid="import-row" className={row.problems.length > 0 ? 'bg-red-50' : undefined}>
              <Td className="tabular-nums text-stone-600">{row.line}</Td>
              {MEMBER_IMPORT_COLUMNS.map((column) => <Td key={column} className="break-words">{row.cells[column]}</Td>)}
              <Td>
                {row.problems.length === 0 ? <span className="text-green-800">{text.ok}</span> : (
                  <ul className="list-disc pl-4 text-red-800">
                    {row.problems.map((problem) => <li key={problem}>{problem}</li>)}
                  </ul>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
