'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import { createTaskSchema, reportTaskProgressSchema, updateTaskSchema } from '@/lib/schemas/task.ts';
import { formValues, runAction } from '@/lib/server/action-state.ts';
import { createTask } from '@/lib/server/tasks/create-task.ts';
import { reportTaskProgress } from '@/lib/server/tasks/report-task-progress.ts';
import { updateTask } from '@/lib/server/tasks/update-task.ts';

export async function createTaskAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'task.create',
    schema: createTaskSchema,
    input: formValues(formData),
    run: (actor, data) => createTask({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  redirect(`/tasks/${result.value.id}`);
}

export async function updateTaskAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'task.update',
    schema: updateTaskSchema,
    input: formValues(formData),
    run: (actor, data) => updateTask({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  redirect(`/tasks/${result.value.id}`);
}

export async function reportTaskProgressAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'task.report',
    schema: reportTaskProgressSchema,
    // formValues keeps the text fields; the attachment is the one part that is not text.
    input: { ...formValues(formData), file: formData.get('file') ?? undefined },
    run: async (actor, { file, ...data }) =>
      reportTaskProgress({ actor, ...data, attachment: file ? { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null }),
  });
  if (!result.ok) return result.state;
  refresh();
  return { status: 'success', message: result.t.tasks.progressForm.saved };
}
