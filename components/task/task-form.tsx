'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';
import type { TaskFormOptions } from '@/lib/server/tasks/get-task-form-options.ts';

export interface TaskFormValues {
  title: string;
  description: string;
  ownerOrganizationId: string;
  coOwnerIds: string[];
  responsibleMemberId: string;
  startDate: string;
  dueDate: string;
  priority: string;
  targetId: string;
  /** The source of a new task; a saved task keeps its source. */
  conclusionId?: string;
  planId?: string;
  taskId?: string;
  version?: string;
}

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  text: Messages['tasks'];
  options: TaskFormOptions;
  initial: TaskFormValues;
  cancelHref: string;
}

const organizationName = (organization: { name: string; shortName: string | null }) => organization.shortName ?? organization.name;

/**
 * Assigns or edits a task. The responsible person is chosen among the people of the owner and the
 * co-owners ticked, so the list stays short; the server checks the same rule.
 */
export function TaskForm({ action, text, options, initial, cancelHref }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const values = { ...initial, ...(state.status === 'error' ? state.values : {}) };
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const [ownerId, setOwnerId] = useState(initial.ownerOrganizationId);
  const [coOwnerIds, setCoOwnerIds] = useState<ReadonlySet<string>>(new Set(initial.coOwnerIds));
  const units = new Set([ownerId, ...coOwnerIds]);
  const people = options.members.filter((member) => units.has(member.organizationId));
  const byId = new Map(options.organizations.map((organization) => [organization.id, organization]));
  const peopleByUnit = [...units].flatMap((unit) => {
    const inUnit = people.filter((member) => member.organizationId === unit);
    return inUnit.length > 0 ? [{ unit, name: organizationName(byId.get(unit) ?? { name: '', shortName: null }), members: inUnit }] : [];
  });

  return (
    // The key re-mounts the fields with what the user typed after a refused save (React resets forms).
    <form action={formAction} key={state.status === 'error' ? JSON.stringify(state.values) : 'initial'} className="max-w-3xl space-y-4" noValidate>
      <FormStatus state={state} />
      {values.taskId ? <input type="hidden" name="taskId" value={values.taskId} /> : null}
      {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
      {values.conclusionId ? <input type="hidden" name="conclusionId" value={values.conclusionId} /> : null}
      {values.planId ? <input type="hidden" name="planId" value={values.planId} /> : null}
      {errors.conclusionId ?? errors.planId ? <p role="alert" className="text-sm text-red-700">{errors.conclusionId ?? errors.planId}</p> : null}
      <Field name="title" label={text.form.title} error={errors.title}>
        {(props) => <textarea {...props} defaultValue={values.title} rows={2} required />}
      </Field>
      <Field name="description" label={text.form.description} error={errors.description}>
        {(props) => <textarea {...props} defaultValue={values.description} rows={3} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="ownerOrganizationId" label={text.owner} error={errors.ownerOrganizationId}>
          {(props) => (
            <select {...props} value={ownerId} onChange={(event) => setOwnerId(event.target.value)} required>
              {options.owners.map((organization) => <option key={organization.id} value={organization.id}>{organization.name}</option>)}
            </select>
          )}
        </Field>
        <Field name="responsibleMemberId" label={text.responsible} hint={text.form.responsibleHint} error={errors.responsibleMemberId}>
          {(props) => (
            <select {...props} defaultValue={values.responsibleMemberId}>
              <option value="">{text.form.nobody}</option>
              {peopleByUnit.map((group) => (
                <optgroup key={group.unit} label={group.name}>
                  {group.members.map((member) => <option key={member.id} value={member.id}>{member.title ? `${member.fullName} — ${member.title}` : member.fullName}</option>)}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset aria-describedby={errors.coOwnerIds ? 'co-owners-error' : undefined} aria-invalid={Boolean(errors.coOwnerIds)}>
        <legend className="block text-sm font-medium text-stone-800">{text.coOwners}</legend>
        <div className="mt-1 grid max-h-48 gap-1 overflow-y-auto rounded-md border border-stone-200 p-2 text-sm sm:grid-cols-2">
          {options.organizations.filter((organization) => organization.id !== ownerId).map((organization) => (
            <label key={organization.id} className="flex items-start gap-2">
              <input
                type="checkbox"
                name="coOwnerIds"
                value={organization.id}
                checked={coOwnerIds.has(organization.id)}
                onChange={(event) => setCoOwnerIds((current) => {
                  const next = new Set(current);
                  if (event.target.checked) next.add(organization.id);
                  else next.delete(organization.id);
                  return next;
                })}
                className="mt-0.5 h-4 w-4"
              />
              <span>{organization.name}</span>
            </label>
          ))}
        </div>
        {errors.coOwnerIds ? <p id="co-owners-error" className="mt-1 text-sm text-red-700">{errors.coOwnerIds}</p> : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="startDate" label={text.form.startDate} error={errors.startDate}>
          {(props) => <input {...props} type="date" defaultValue={values.startDate} />}
        </Field>
        <Field name="dueDate" label={text.due} error={errors.dueDate}>
          {(props) => <input {...props} type="date" defaultValue={values.dueDate} />}
        </Field>
        <Field name="priority" label={text.priority} error={errors.priority}>
          {(props) => (
            <select {...props} defaultValue={values.priority}>
              {(Object.keys(text.priorities) as (keyof typeof text.priorities)[]).map((priority) => <option key={priority} value={priority}>{text.priorities[priority]}</option>)}
            </select>
          )}
        </Field>
      </div>
      <Field name="targetId" label={text.target} hint={text.form.targetHint} error={errors.targetId}>
        {(props) => (
          <select {...props} defaultValue={values.targetId}>
            <option value="">{text.form.noTarget}</option>
            {options.targets.map((target) => <option key={target.id} value={target.id}>{target.name}</option>)}
          </select>
        )}
      </Field>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? text.form.saving : text.form.save}
        </button>
        <Link href={cancelHref} className="text-sm">{text.form.cancel}</Link>
      </div>
    </form>
  );
}
