'use client';

import { useActionState } from 'react';
import { INPUT_CLASS } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  conclusion: { id: string; version: number; content: string; published: boolean };
  text: Messages['conclusionsForm'];
}

/**
 * The text of one conclusion. A draft is edited in place; a published one is revised, and the save
 * says so (a new revision is made, the earlier ones stay). Ids carry the conclusion's id because the
 * page holds one such form per conclusion.
 */
export function ConclusionTextForm({ action, conclusion, text }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const fieldId = `conclusion-content-${conclusion.id}`;
  const error = state.status === 'error' ? state.fieldErrors.content : undefined;
  const content = state.status === 'error' ? (state.values?.content ?? conclusion.content) : conclusion.content;
  const describedBy = [conclusion.published ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    // The key re-mounts the field with what the user typed after a refused save (React resets forms).
    <form action={formAction} key={state.status === 'error' ? JSON.stringify(state.values) : 'initial'} className="space-y-2" noValidate>
      <input type="hidden" name="conclusionId" value={conclusion.id} />
      <input type="hidden" name="version" value={conclusion.version} />
      <label htmlFor={fieldId} className="block text-sm font-medium text-stone-800">{text.content}</label>
      <textarea id={fieldId} name="content" defaultValue={content} rows={4} required aria-invalid={Boolean(error)} aria-describedby={describedBy} className={INPUT_CLASS} />
      {conclusion.published ? <p id={`${fieldId}-hint`} className="text-xs text-stone-600">{text.reviseHint}</p> : null}
      {error ? <p id={`${fieldId}-error`} className="text-sm text-red-700">{error}</p> : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? text.saving : conclusion.published ? text.revise : text.save}
        </button>
        {error ? null : <FormStatus state={state} />}
      </div>
    </form>
  );
}
