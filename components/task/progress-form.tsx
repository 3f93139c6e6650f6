'use client';

import { useActionState, useState } from 'react';
import { DOCUMENT_ACCEPT } from '@/components/document/document-upload-form.tsx';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import type { TaskStatus } from '@/lib/db/generated/prisma/enums.ts';
import { nextTaskStatuses } from '@/lib/domain/task-status.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  text: Messages['tasks'];
  task: { id: string; version: number; status: TaskStatus; progress: number; canCancel: boolean };
  today: string;
  /** The accepted file types and size limit, in the reader's language. */
  fileHint: string;
}

/**
 * A dated progress report: percentage, status (only the moves the status rules allow), note. Done sets
 * the percentage to 100 and cancelling asks for the reason, before the server says the same.
 */
export function ProgressForm({ action, text, task, today, fileHint }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const values: Record<string, string> = state.status === 'error' ? (state.values ?? {}) : {};
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const [status, setStatus] = useState<TaskStatus>((values.status as TaskStatus | undefined) ?? task.status);
  const [progress, setProgress] = useState(values.progress ?? String(task.progress));
  // Cancelling is the office's decision; owners are not offered it (the server refuses it too).
  const statuses = [task.status, ...nextTaskStatuses(task.status)].filter((option) => option !== 'CANCELLED' || task.canCancel);

  return (
    <form action={formAction} key={state.status === 'success' ? `saved-${task.version}` : 'form'} className="space-y-3" noValidate data-testid="progress-form">
      <FormStatus state={state} />
      <input type="hidden" name="taskId" value={task.id} />
      <input type="hidden" name="version" value={task.version} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="reportedOn" label={text.progressForm.reportedOn} error={errors.reportedOn}>
          {(props) => <input {...props} type="date" defaultValue={values.reportedOn ?? today} max={today} required />}
        </Field>
        <Field name="status" label={text.status} error={errors.status}>
          {(props) => (
            <select
              {...props}
              value={status}
              onChange={(event) => {
                const next = event.target.value as TaskStatus;
                setStatus(next);
                if (next === 'DONE') setProgress('100');
              }}
            >
              {statuses.map((option) => <option key={option} value={option}>{text.statuses[option]}</option>)}
            </select>
          )}
        </Field>
        <Field name="progress" label={text.progressForm.progress} error={errors.progress}>
          {(props) => <input {...props} type="number" inputMode="numeric" min={0} max={100} step={1} value={progress} onChange={(event) => setProgress(event.target.value)} required />}
        </Field>
      </div>
      <Field name="note" label={status === 'CANCELLED' ? text.progressForm.cancelReason : text.progressForm.note} error={errors.note}>
        {(props) => <textarea {...props} defaultValue={values.note ?? ''} rows={3} required={status === 'CANCELLED'} />}
      </Field>
      <Field name="file" label={text.progressForm.attachment} hint={fileHint} error={errors.file}>
        {(props) => <input {...props} type="file" accept={DOCUMENT_ACCEPT} />}
      </Field>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? text.progressForm.saving : text.progressForm.save}
      </button>
    </form>
  );
}
