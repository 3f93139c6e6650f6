'use client';

import { memo } from 'react';
import { Badge } from '@/components/ui/badge.tsx';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { AttendanceStatus } from '@/lib/db/generated/prisma/enums.ts';
import type { AttendanceMark } from '@/lib/schemas/attendance.ts';
import type { AttendanceRow } from '@/lib/server/attendance/get-attendance-register.ts';
import { RsvpBadge } from '@/components/invitation/rsvp-badge.tsx';

/** What the secretary has set on a row and not saved yet. */
export interface RowDraft {
  status: AttendanceMark;
  note: string;
}

export interface RowText {
  text: Messages['attendance'];
  statusLabels: Messages['conferences']['attendanceStatus'];
  rsvpLabels: Messages['conferences']['rsvp'];
}

interface Props extends RowText {
  row: AttendanceRow;
  number: number;
  draft: RowDraft | undefined;
  selected: boolean;
  disabled: boolean;
  onSelect: (id: string, selected: boolean) => void;
  onMark: (row: AttendanceRow, status: AttendanceMark) => void;
  onNote: (row: AttendanceRow, note: string) => void;
}

/** The marks in the order the buttons show them (the schema's order: present, late, excused, absent). */
export const MARKS = Object.values(AttendanceStatus);


/** The colour a status button takes once chosen; the text says the same for those who do not see colour. */
const CHOSEN = {
  PRESENT: 'peer-checked:border-green-700 peer-checked:bg-green-700 peer-checked:text-white',
  LATE: 'peer-checked:border-amber-600 peer-checked:bg-amber-500 peer-checked:text-stone-950',
  EXCUSED: 'peer-checked:border-sky-800 peer-checked:bg-sky-800 peer-checked:text-white',
  ABSENT: 'peer-checked:border-red-800 peer-checked:bg-red-800 peer-checked:text-white',
} as const satisfies Record<AttendanceMark, string>;

interface RowProps extends Props {
  /** The list's position of the row, which the virtualizer measures it by. */
  index: number;
  measureRef: (element: HTMLTableRowElement | null) => void;
}

/**
 * One person of the register, measured by the table's virtualizer once rendered. The cells are memoised
 * apart from the <tr>, so scrolling or filtering moves rows without re-rendering their cells and marking
 * one person re-renders that person's cells only. Drafts live in the register, not in the row, so a row
 * scrolled or filtered out of the DOM keeps its unsaved mark.
 */
export const AttendanceRowView = memo(function AttendanceRowView({ index, measureRef, ...cells }: RowProps) {
  return (
    <tr ref={measureRef} data-index={index} aria-rowindex={index + 2} data-testid="attendance-row" data-changed={cells.draft ? 'true' : undefined} className={cells.draft ? 'bg-amber-50' : undefined}>
      <RowCells {...cells} />
    </tr>
  );
});

/**
 * The cells of a row. The status is a native radio group, so Tab reaches it once and the arrow keys
 * change it (the WAI-ARIA radio pattern without any script).
 */
const RowCells = memo(function RowCells({ row, number, draft, selected, disabled, onSelect, onMark, onNote, text, statusLabels, rsvpLabels }: Props) {
  const status = draft?.status ?? row.attendance;
  const note = draft ? draft.note : (row.attendanceNote ?? '');
  const missingReason = status === 'EXCUSED' && note.trim() === '';
  const showNote = (status !== null && status !== 'PRESENT') || note !== '';
  const noteId = `note-${row.id}`;
  return (
    <>
      <td className="border-b border-stone-100 px-2 py-2 align-top">
        <input
          type="checkbox"
          checked={selected}
          disabled={disabled}
          onChange={(event) => onSelect(row.id, event.target.checked)}
          aria-label={interpolate(text.selectRow, { name: row.name })}
          className="h-4 w-4"
        />
      </td>
      <td className="border-b border-stone-100 px-2 py-2 align-top tabular-nums text-stone-600">{number}</td>
      <td className="border-b border-stone-100 px-2 py-2 align-top">
        <span className="font-medium">{row.name}</span>
        {row.isQuorumMember ? <span className="ml-2" title={text.quorumMemberHint}><Badge tone="info">{text.quorumMember}</Badge></span> : null}
        {row.isGuest ? <span className="ml-2"><Badge>{text.guest}</Badge></span> : null}
        {draft ? <span className="ml-2"><Badge tone="warn">{text.changed}</Badge></span> : null}
        <span className="block text-xs text-stone-600">{[row.title, row.unit].filter(Boolean).join(' · ')}</span>
      </td>
      <td className="border-b border-stone-100 px-2 py-2 align-top">
        <RsvpBadge rsvp={row.rsvp} label={rsvpLabels[row.rsvp]} />
        {row.rsvpReason ? <span className="block text-xs text-stone-600">{row.rsvpReason}</span> : null}
      </td>
      <td className="border-b border-stone-100 px-2 py-2 align-top">
        <div role="radiogroup" aria-label={interpolate(text.statusGroup, { name: row.name })} className="flex flex-wrap gap-1">
          {MARKS.map((option) => (
            <label key={option} className="cursor-pointer">
              <input
                type="radio"
                name={`attendance-${row.id}`}
                value={option}
                checked={status === option}
                disabled={disabled}
                onChange={() => onMark(row, option)}
                className="peer sr-only"
              />
              <span className={`inline-block whitespace-nowrap rounded-md border border-stone-300 bg-white px-2 py-1 text-xs peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 peer-disabled:cursor-default peer-disabled:opacity-60 ${CHOSEN[option]}`}>
                {statusLabels[option]}
              </span>
            </label>
          ))}
        </div>
      </td>
      <td className="border-b border-stone-100 px-2 py-2 align-top">
        {showNote ? (
          <>
            <input
              id={noteId}
              value={note}
              disabled={disabled}
              onChange={(event) => onNote(row, event.target.value)}
              placeholder={text.notePlaceholder}
              aria-label={interpolate(text.note, { name: row.name })}
              aria-invalid={missingReason}
              aria-describedby={missingReason ? `${noteId}-error` : undefined}
              maxLength={500}
              autoComplete="off"
              className="w-full min-w-40 rounded-md border border-stone-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-600"
            />
            {missingReason ? <p id={`${noteId}-error`} className="mt-1 text-xs text-red-700">{text.reasonMissing}</p> : null}
          </>
        ) : null}
      </td>
    </>
  );
});
