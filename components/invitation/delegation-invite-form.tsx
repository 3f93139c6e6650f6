'use client';

import { useActionState, useState } from 'react';
import { Field, INPUT_CLASS } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  text: Messages['invitations'];
  conferenceId: string;
  organizations: { id: string; name: string; shortName: string | null }[];
  /** Preselected: the host's superior, whose representative most conferences invite. */
  defaultOrganizationId: string | null;
}

interface GuestRow {
  key: number;
  name: string;
  title: string;
}

/** A delegation of another organisation with its guests named in free text (name and title, as printed). */
export function DelegationInviteForm({ action, text, conferenceId, organizations, defaultOrganizationId }: Props) {
  const [organizationId, setOrganizationId] = useState(defaultOrganizationId ?? organizations[0]?.id ?? '');
  const [label, setLabel] = useState('');
  const [guests, setGuests] = useState<GuestRow[]>([{ key: 1, name: '', title: '' }]);
  const [state, formAction, pending] = useActionState(async (previous: ActionState, formData: FormData) => {
    const next = await action(previous, formData);
    if (next.status === 'success') {
      setLabel('');
      setGuests([{ key: 1, name: '', title: '' }]);
    }
    return next;
  }, IDLE);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const chosen = organizations.find((organization) => organization.id === organizationId);
  // The same words the server writes when the label is left blank.
  const organizationName = chosen ? (chosen.shortName ?? chosen.name) : '';
  const update = (key: number, change: Partial<GuestRow>) => setGuests((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const addRow = () => setGuests((rows) => [...rows, { key: Math.max(0, ...rows.map((row) => row.key)) + 1, name: '', title: '' }]);
  const removeRow = (key: number) => setGuests((rows) => rows.filter((row) => row.key !== key));

  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="invite-delegation">
      <FormStatus state={state} />
      <input type="hidden" name="kind" value="DELEGATION" />
      <input type="hidden" name="conferenceId" value={conferenceId} />
      <div>
        <label htmlFor="invite-delegation-organization" className="block text-sm font-medium text-stone-800">{text.delegationOrganization}</label>
        <select
          id="invite-delegation-organization"
          name="organizationId"
          value={organizationId}
          onChange={(event) => setOrganizationId(event.target.value)}
          aria-invalid={Boolean(errors.organizationId)}
          aria-describedby={errors.organizationId ? 'invite-delegation-organization-error' : undefined}
          className={INPUT_CLASS}
        >
          {organizations.map((organization) => <option key={organization.id} value={organization.id}>{organization.name}</option>)}
        </select>
        {errors.organizationId ? <p id="invite-delegation-organization-error" className="mt-1 text-sm text-red-700">{errors.organizationId}</p> : null}
      </div>
      <Field name="label" label={text.delegationLabelField} hint={interpolate(text.delegationLabelHint, { organization: organizationName })} error={errors.label}>
        {(props) => <input {...props} value={label} onChange={(event) => setLabel(event.target.value)} autoComplete="off" />}
      </Field>
      <fieldset aria-describedby={errors.guestName ? 'invite-guests-error' : undefined}>
        <legend className="text-sm font-medium text-stone-800">{text.guests}</legend>
        {errors.guestName ? <p id="invite-guests-error" className="mt-1 text-sm text-red-700">{errors.guestName}</p> : null}
        <ol className="mt-1 space-y-2">
          {guests.map((guest, index) => {
            const row = interpolate(text.guestRow, { number: index + 1 });
            return (
              <li key={guest.key} className="grid gap-2 rounded-md border border-stone-200 p-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
                <div>
                  <label htmlFor={`guest-${guest.key}-name`} className="block text-xs font-medium text-stone-700">{text.guestName} <span className="sr-only">({row})</span></label>
                  <input id={`guest-${guest.key}-name`} name="guestName" value={guest.name} onChange={(event) => update(guest.key, { name: event.target.value })} autoComplete="off" className={INPUT_CLASS} />
                </div>
                <div>
                  <label htmlFor={`guest-${guest.key}-title`} className="block text-xs font-medium text-stone-700">{text.guestTitle} <span className="sr-only">({row})</span></label>
                  <input id={`guest-${guest.key}-title`} name="guestTitle" value={guest.title} onChange={(event) => update(guest.key, { title: event.target.value })} autoComplete="off" className={INPUT_CLASS} />
                </div>
                {guests.length > 1 ? (
                  <button type="button" onClick={() => removeRow(guest.key)} className="rounded-md px-2 py-2 text-sm text-red-800 hover:bg-red-50">
                    <span aria-hidden="true">×</span><span className="sr-only">{interpolate(text.removeGuest, { number: index + 1 })}</span>
                  </button>
                ) : null}
              </li>
            );
          })}
        </ol>
        <button type="button" onClick={addRow} className="mt-2 rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:border-brand-600">{text.addGuest}</button>
      </fieldset>
      <button type="submit" disabled={pending || !organizationId} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? text.sending : text.inviteDelegation}
      </button>
    </form>
  );
}
