'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import { INPUT_CLASS } from '@/components/ui/field.tsx';

export interface RoleRowsText {
  legend: string;
  hint: string;
  roleLabel: string;
  organizationLabel: string;
  noRole: string;
  roles: Record<'ADMIN' | 'SECRETARY' | 'ATTENDEE', string>;
}

export interface RoleRow {
  role: string;
  organizationId: string;
}

/**
 * Rows of role + organisation, sent as repeated `role` / `roleOrganizationId` fields (blank rows are
 * dropped by the schema). Controlled, so the choices survive a refused save: React resets a form's
 * controls after its action (https://react.dev/reference/react-dom/components/form), and the layout
 * effect puts the chosen values back each time a new `result` of the action arrives.
 */
export function RoleRows({ text, organizations, initial, error, result }: { text: RoleRowsText; organizations: { id: string; name: string }[]; initial: RoleRow[]; error?: string; result: unknown }) {
  const [rows, setRows] = useState<RoleRow[]>(() => [...initial, ...Array.from({ length: Math.max(1, 3 - initial.length) }, () => ({ role: '', organizationId: '' }))]);
  const update = (index: number, change: Partial<RoleRow>) => setRows((current) => current.map((row, at) => (at === index ? { ...row, ...change } : row)));
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const latest = useRef(rows);
  useLayoutEffect(() => {
    latest.current = rows;
  });
  useLayoutEffect(() => {
    const selects = fieldset.current?.querySelectorAll('select') ?? [];
    selects.forEach((select, index) => {
      const row = latest.current[Math.floor(index / 2)];
      if (row) select.value = index % 2 === 0 ? row.role : row.organizationId;
    });
  }, [result]);
  return (
    <fieldset ref={fieldset} aria-describedby={`roles-hint${error ? ' roles-error' : ''}`} className="space-y-2">
      <legend className="text-sm font-medium text-stone-800">{text.legend}</legend>
      <p id="roles-hint" className="text-xs text-stone-600">{text.hint}</p>
      {rows.map((row, index) => {
        const number = String(index + 1);
        return (
          <div key={index} className="grid gap-2 sm:grid-cols-[12rem_1fr]">
            <div>
              <label htmlFor={`role-${index}`} className="block text-sm text-stone-700">{text.roleLabel.replace('{number}', number)}</label>
              <select id={`role-${index}`} name="role" value={row.role} onChange={(event) => update(index, { role: event.target.value })} aria-invalid={Boolean(error)} className={INPUT_CLASS}>
                <option value="">{text.noRole}</option>
                {(['ADMIN', 'SECRETARY', 'ATTENDEE'] as const).map((role) => <option key={role} value={role}>{text.roles[role]}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor={`role-organization-${index}`} className="block text-sm text-stone-700">{text.organizationLabel.replace('{number}', number)}</label>
              <select id={`role-organization-${index}`} name="roleOrganizationId" value={row.organizationId} onChange={(event) => update(index, { organizationId: event.target.value })} aria-invalid={Boolean(error)} className={INPUT_CLASS}>
                <option value="" />
                {organizations.map((organization) => <option key={organization.id} value={organization.id}>{organization.name}</option>)}
              </select>
            </div>
          </div>
        );
      })}
      {error ? <p id="roles-error" className="text-sm text-red-700">{error}</p> : null}
    </fieldset>
  );
}

/** The first message about the role rows (zod names them roles, roles.0.organizationId, …). */
export function roleRowsError(errors: Record<string, string>): string | undefined {
  return Object.entries(errors).find(([field]) => field === 'roles' || field.startsWith('roles.'))?.[1];
}
