'use client';

import { useActionState, useState, type ChangeEvent, type FormEvent } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { formatNumber } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

// What the file picker offers; the server decides from the content, whatever the picker let through.
export const DOCUMENT_ACCEPT = [
  '.pdf', '.docx', '.xlsx', '.png', '.jpg', '.jpeg', 'application/pdf', 'image/png', 'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');
const MEGABYTE = 1024 * 1024;

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Where the document may be attached: value "kind:id" and its label. One choice: no select. */
  owners: readonly { value: string; label: string }[];
  maxBytes: number;
  text: Messages['documents'];
  /** The server's message for an over-size file, shown before a 20 MB upload is even sent. */
  tooLargeTemplate: string;
  locale: Locale;
}

/**
 * Uploads one file. A file over the limit is refused here before it is sent (on a slow office network
 * that saves minutes); the server checks size and type again from the bytes themselves.
 */
export function DocumentUploadForm({ action, owners, maxBytes, text, tooLargeTemplate, locale }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const megabytes = (bytes: number) => formatNumber(Math.round((bytes / MEGABYTE) * 10) / 10, locale);

  function checkSize(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setTooLarge(file && file.size > maxBytes ? interpolate(tooLargeTemplate, { size: megabytes(file.size), max: megabytes(maxBytes) }) : null);
  }

  function refuseTooLarge(event: FormEvent<HTMLFormElement>) {
    if (tooLarge) event.preventDefault();
  }

  return (
    // The key re-mounts the fields with what the user typed after a refused upload (React resets forms).
    <form action={formAction} onSubmit={refuseTooLarge} key={state.status === 'error' ? JSON.stringify(state.values) : 'initial'} className="max-w-2xl space-y-4 rounded-md border border-stone-200 p-4" noValidate>
      <FormStatus state={state} />
      {owners.length === 1 ? (
        <input type="hidden" name="owner" value={owners[0]!.value} />
      ) : (
        <Field name="owner" label={text.attachTo} error={errors.owner}>
          {(props) => (
            <select {...props} defaultValue={values.owner ?? owners[0]?.value}>
              {owners.map((owner) => <option key={owner.value} value={owner.value}>{owner.label}</option>)}
            </select>
          )}
        </Field>
      )}
      <Field name="file" label={text.file} hint={interpolate(text.fileHint, { max: megabytes(maxBytes) })} error={tooLarge ?? errors.file}>
        {(props) => <input {...props} type="file" accept={DOCUMENT_ACCEPT} required onChange={checkSize} aria-invalid={Boolean(tooLarge ?? errors.file)} />}
      </Field>
      <Field name="title" label={text.documentTitle} hint={text.documentTitleHint} error={errors.title}>
        {(props) => <input {...props} defaultValue={values.title ?? ''} maxLength={300} autoComplete="off" />}
      </Field>
      <button type="submit" disabled={pending || Boolean(tooLarge)} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? text.uploading : text.upload}
      </button>
    </form>
  );
}
