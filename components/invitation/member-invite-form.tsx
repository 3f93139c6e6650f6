'use client';

import { useActionState, useDeferredValue, useMemo, useState } from 'react';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { INPUT_CLASS } from '@/components/ui/field.tsx';
import { foldVietnamese } from '@/lib/domain/vietnamese-name.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

export interface MemberChoice {
  id: string;
  fullName: string;
  title: string | null;
  unit: string;
}

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  text: Messages['invitations'];
  conferenceId: string;
  /** In Vietnamese name order. */
  members: MemberChoice[];
  /** Members who already have a personal route: they cannot be picked again. */
  personallyInvited: string[];
  /** Members already on the list through any route: picking them only adds a route. */
  invitees: string[];
}

/**
 * Pick people one by one from the members of the organisations one manages. The list is small (a few
 * hundred at most), so it is filtered here, by words folded without diacritics: "nguyen van" finds
 * "Nguyễn Văn Hùng". Picked people stay picked while the filter changes.
 */
export function MemberInviteForm({ action, text, conferenceId, members, personallyInvited, invitees }: Props) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [state, formAction, pending] = useActionState(async (previous: ActionState, formData: FormData) => {
    const next = await action(previous, formData);
    if (next.status === 'success') {
      setSelected([]);
      setQuery('');
    }
    return next;
  }, IDLE);

  const searchable = useMemo(() => members.map((member) => ({ ...member, key: foldVietnamese(`${member.fullName} ${member.title ?? ''} ${member.unit}`) })), [members]);
  const byId = useMemo(() => new Map(members.map((member) => [member.id, member])), [members]);
  const personal = useMemo(() => new Set(personallyInvited), [personallyInvited]);
  const onList = useMemo(() => new Set(invitees), [invitees]);
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => {
    const words = foldVietnamese(deferredQuery).split(/\s+/).filter(Boolean);
    return words.length === 0 ? searchable : searchable.filter((member) => words.every((word) => member.key.includes(word)));
  }, [searchable, deferredQuery]);
  const chosen = new Set(selected);
  const toggle = (id: string, checked: boolean) => setSelected((current) => (checked ? [...current, id] : current.filter((other) => other !== id)));
  const error = state.status === 'error' ? state.fieldErrors.memberIds : undefined;

  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="invite-members">
      <FormStatus state={state} />
      <input type="hidden" name="kind" value="MEMBER" />
      <input type="hidden" name="conferenceId" value={conferenceId} />
      {selected.map((id) => <input key={id} type="hidden" name="memberIds" value={id} />)}
      <div>
        <label htmlFor="invite-member-search" className="block text-sm font-medium text-stone-800">{text.memberSearch}</label>
        <input
          id="invite-member-search"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-controls="invite-member-list"
          aria-describedby={['invite-member-search-hint', error ? 'invite-member-error' : null].filter(Boolean).join(' ')}
          aria-invalid={Boolean(error)}
          autoComplete="off"
          className={INPUT_CLASS}
        />
        <p id="invite-member-search-hint" className="mt-1 text-xs text-stone-600">
          {text.memberSearchHint} <span aria-live="polite">{interpolate(text.memberMatches, { shown: shown.length, total: members.length })}</span>
        </p>
        {error ? <p id="invite-member-error" className="mt-1 text-sm text-red-700">{error}</p> : null}
      </div>
      <fieldset>
        <legend className="sr-only">{text.memberList}</legend>
        {shown.length === 0 ? <p className="text-sm text-stone-600">{text.memberNoMatch}</p> : null}
        <ul id="invite-member-list" className="max-h-72 divide-y divide-stone-100 overflow-y-auto rounded-md border border-stone-200">
          {shown.map((member) => (
            <li key={member.id}>
              <label className="flex cursor-pointer items-start gap-2 px-3 py-2 text-sm hover:bg-stone-50 has-[:disabled]:cursor-default has-[:disabled]:text-stone-500">
                <input
                  type="checkbox"
                  className="mt-0.5"
                  checked={personal.has(member.id) || chosen.has(member.id)}
                  disabled={personal.has(member.id)}
                  onChange={(event) => toggle(member.id, event.target.checked)}
                />
                <span>
                  <span className="font-medium">{member.fullName}</span>
                  <span className="block text-xs text-stone-600">
                    {[member.title, member.unit].filter(Boolean).join(' · ')}
                    {personal.has(member.id) ? ` · ${text.personallyInvited}` : onList.has(member.id) ? ` · ${text.alreadyInvitee}` : ''}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {selected.length > 0 ? (
        <div>
          <p className="text-sm font-medium text-stone-800">{interpolate(text.selected, { count: selected.length })}</p>
          <ul className="mt-1 flex flex-wrap gap-1">
            {selected.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  onClick={() => toggle(id, false)}
                  aria-label={interpolate(text.unselect, { name: byId.get(id)?.fullName ?? '' })}
                  className="rounded-full border border-stone-300 bg-stone-50 px-2 py-0.5 text-xs hover:border-brand-600"
                >
                  {byId.get(id)?.fullName} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <button type="submit" disabled={pending || selected.length === 0} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? text.sending : `${text.inviteMembers} (${selected.length})`}
      </button>
    </form>
  );
}
