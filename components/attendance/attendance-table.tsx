'use client';

import { memo } from 'react';
import type { AttendanceMark } from '@/lib/schemas/attendance.ts';
import type { AttendanceRow } from '@/lib/server/attendance/get-attendance-register.ts';
import { AttendanceRowView, type RowDraft, type RowText } from './attendance-row.tsx';

interface TableProps extends RowText {
  rows: readonly AttendanceRow[];
  drafts: ReadonlyMap<string, RowDraft>;
  selected: ReadonlySet<string>;
  visible: ReadonlySet<string>;
  disabled: boolean;
  onSelect: (id: string, selected: boolean) => void;
  onMark: (row: AttendanceRow, status: AttendanceMark) => void;
  onNote: (row: AttendanceRow, note: string) => void;
}

/**
 * The 1,000-row table, memoised: a keystroke in the filter re-renders the register around it but not
 * the table, which renders again only when the deferred filter result (`visible`) has been computed.
 */
export const AttendanceTable = memo(function AttendanceTable({ rows, drafts, selected, visible, disabled, onSelect, onMark, onNote, text, statusLabels, rsvpLabels }: TableProps) {
  return (
    <div className="overflow-x-auto">
      <table id="attendance-table" className="w-full min-w-[48rem] border-collapse text-left text-sm">
        <caption className="sr-only">{text.register}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-8 border-b border-stone-300 px-2 py-2"><span className="sr-only">{text.selectColumn}</span></th>
            <th scope="col" className="w-10 border-b border-stone-300 px-2 py-2 font-semibold text-stone-700">#</th>
            <th scope="col" className="border-b border-stone-300 px-2 py-2 font-semibold text-stone-700">{text.person}</th>
            <th scope="col" className="border-b border-stone-300 px-2 py-2 font-semibold text-stone-700">{text.answer}</th>
            <th scope="col" className="border-b border-stone-300 px-2 py-2 font-semibold text-stone-700">{text.status}</th>
            <th scope="col" className="border-b border-stone-300 px-2 py-2 font-semibold text-stone-700">{text.notePlaceholder}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <AttendanceRowView
              key={row.id}
              row={row}
              number={index + 1}
              draft={drafts.get(row.id)}
              selected={selected.has(row.id)}
              hidden={!visible.has(row.id)}
              disabled={disabled}
              onSelect={onSelect}
              onMark={onMark}
              onNote={onNote}
              text={text}
              statusLabels={statusLabels}
              rsvpLabels={rsvpLabels}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
});
