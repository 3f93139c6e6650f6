'use client';

import { useEffect, useRef, useState } from 'react';
import { Field, INPUT_CLASS } from '@/components/ui/field.tsx';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';

export interface ConferencePeopleOptions {
  /** Organisations the actor may host for, each with the ids of its whole subtree. */
  hosts: { id: string; name: string; subtreeIds: string[] }[];
  /** Sorted the Vietnamese way by the server. */
  members: { id: string; fullName: string; title: string | null; organizationId: string }[];
  committees: { id: string; name: string; organizationId: string }[];
  /** The schema's limit (lib/schemas/conference.ts), passed in so zod stays out of the browser bundle. */
  maxChairs: number;
}

interface Props {
  text: Messages['conferenceForm'];
  options: ConferencePeopleOptions;
  initial: { hostOrganizationId: string; chairMemberIds: string[]; secretaryMemberId: string; quorumCommitteeId: string };
  errors: Record<string, string>;
}

interface ChairRow {
  key: number;
  memberId: string;
}

const chairFieldId = (index: number) => `field-chairMemberIds-${index}`;

/**
 * Host, chairs, secretary and quorum committee: the choices that depend on the host. Only the host's
 * own people (its subtree) and its committees are offered; changing the host clears choices that no
 * longer fit. The server checks the same rules, this only keeps the lists short and honest.
 */
export function ConferencePeopleFields({ text, options, initial, errors }: Props) {
  const [hostId, setHostId] = useState(initial.hostOrganizationId);
  const [chairs, setChairs] = useState<ChairRow[]>(() =>
    (initial.chairMemberIds.length > 0 ? initial.chairMemberIds : ['']).map((memberId, key) => ({ key, memberId })),
  );
  const [secretaryId, setSecretaryId] = useState(initial.secretaryMemberId);
  const [committeeId, setCommitteeId] = useState(initial.quorumCommitteeId);
  // Where the keyboard focus goes after a chair row is added or removed.
  const focusAfterRender = useRef<string | null>(null);
  useEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  }, [chairs]);

  const subtree = new Set(options.hosts.find((host) => host.id === hostId)?.subtreeIds ?? []);
  const people = options.members.filter((member) => subtree.has(member.organizationId));
  const committees = options.committees.filter((committee) => committee.organizationId === hostId);

  function changeHost(nextHostId: string) {
    const nextSubtree = new Set(options.hosts.find((host) => host.id === nextHostId)?.subtreeIds ?? []);
    const fits = (memberId: string) => options.members.some((member) => member.id === memberId && nextSubtree.has(member.organizationId));
    setHostId(nextHostId);
    setChairs((rows) => rows.map((row) => (fits(row.memberId) ? row : { ...row, memberId: '' })));
    if (!fits(secretaryId)) setSecretaryId('');
    if (!options.committees.some((committee) => committee.id === committeeId && committee.organizationId === nextHostId)) setCommitteeId('');
  }

  function addChair() {
    focusAfterRender.current = chairFieldId(chairs.length);
    setChairs((rows) => [...rows, { key: Math.max(...rows.map((row) => row.key)) + 1, memberId: '' }]);
  }

  function removeChair(index: number) {
    focusAfterRender.current = chairFieldId(Math.max(0, index - 1));
    setChairs((rows) => rows.filter((_, position) => position !== index));
  }

  const chairError = errors.chairMemberIds ?? Object.entries(errors).find(([field]) => field.startsWith('chairMemberIds.'))?.[1];
  const memberLabel = (member: ConferencePeopleOptions['members'][number]) => (member.title ? `${member.fullName} — ${member.title}` : member.fullName);

  return (
    <>
      <Field name="hostOrganizationId" label={text.host} error={errors.hostOrganizationId}>
        {(props) => (
          <select {...props} value={hostId} onChange={(event) => changeHost(event.target.value)} required>
            {options.hosts.map((host) => <option key={host.id} value={host.id}>{host.name}</option>)}
          </select>
        )}
      </Field>

      <fieldset aria-describedby={['field-chairMemberIds-hint', chairError ? 'field-chairMemberIds-error' : null].filter(Boolean).join(' ')}>
        <legend className="block text-sm font-medium text-stone-800">{text.chairs}</legend>
        <p id="field-chairMemberIds-hint" className="mt-1 text-xs text-stone-600">{text.chairsHint}</p>
        <ol className="mt-2 space-y-2">
          {chairs.map((row, index) => (
            <li key={row.key} className="flex items-end gap-2">
              <div className="grow">
                <label htmlFor={chairFieldId(index)} className="block text-xs text-stone-700">{interpolate(text.chair, { number: index + 1 })}</label>
                <select
                  id={chairFieldId(index)}
                  name="chairMemberIds"
                  value={row.memberId}
                  onChange={(event) => setChairs((rows) => rows.map((candidate) => (candidate.key === row.key ? { ...candidate, memberId: event.target.value } : candidate)))}
                  aria-invalid={Boolean(chairError)}
                  aria-describedby={chairError ? 'field-chairMemberIds-error' : undefined}
                  className={INPUT_CLASS}
                >
                  <option value="">{text.chooseMember}</option>
                  {people.map((member) => <option key={member.id} value={member.id}>{memberLabel(member)}</option>)}
                </select>
              </div>
              {chairs.length > 1 ? (
                <button type="button" onClick={() => removeChair(index)} className="mb-0.5 rounded-md border border-stone-300 px-3 py-2 text-sm" aria-label={interpolate(text.removeChair, { number: index + 1 })}>
                  ×
                </button>
              ) : null}
            </li>
          ))}
        </ol>
        {chairs.length < options.maxChairs ? (
          <button type="button" onClick={addChair} className="mt-2 rounded-md border border-stone-300 px-3 py-1.5 text-sm">{text.addChair}</button>
        ) : null}
        {chairError ? <p id="field-chairMemberIds-error" className="mt-1 text-sm text-red-700">{chairError}</p> : null}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="secretaryMemberId" label={text.secretary} error={errors.secretaryMemberId}>
          {(props) => (
            <select {...props} value={secretaryId} onChange={(event) => setSecretaryId(event.target.value)}>
              <option value="">{text.noSecretary}</option>
              {people.map((member) => <option key={member.id} value={member.id}>{memberLabel(member)}</option>)}
            </select>
          )}
        </Field>
        <Field name="quorumCommitteeId" label={text.quorumCommittee} hint={text.quorumHint} error={errors.quorumCommitteeId}>
          {(props) => (
            <select {...props} value={committeeId} onChange={(event) => setCommitteeId(event.target.value)}>
              <option value="">{text.noQuorumCommittee}</option>
              {committees.map((committee) => <option key={committee.id} value={committee.id}>{committee.name}</option>)}
            </select>
          )}
        </Field>
      </div>
    </>
  );
}
