'use client';

import { memo, useLayoutEffect, useRef, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { AttendanceMark } from '@/lib/schemas/attendance.ts';
import type { AttendanceRow } from '@/lib/server/attendance/get-attendance-register.ts';
import { AttendanceRowView, type RowDraft, type RowText } from './attendance-row.tsx';

/** A row the filter lets through, with its number in the whole register (the number does not change). */
export interface ShownRow {
  row: AttendanceRow;
  number: number;
}

interface TableProps extends RowText {
  shown: readonly ShownRow[];
  drafts: ReadonlyMap<string, RowDraft>;
  selected: ReadonlySet<string>;
  disabled: boolean;
  onSelect: (id: string, selected: boolean) => void;
  onMark: (row: AttendanceRow, status: AttendanceMark) => void;
  onNote: (row: AttendanceRow, note: string) => void;
}

/** A row without a note field; rows are measured once shown, so this only sizes the scroll bar. */
const ESTIMATED_ROW_PX = 58;
/**
 * What the server and the first client render assume about the window: enough rows for a tall desktop
 * screen, so the page arrives filled and hydration sees the same rows the server sent.
 */
const INITIAL_WINDOW = { width: 1280, height: 1100 };

/**
 * The register's table renders only the rows in and near the window (the page scrolls as usual; spacer
 * rows keep the scroll bar true). With 1,000 invitees that is a few dozen rows of DOM instead of
 * 1,000, so the page arrives small, hydrates fast and a filter re-renders little. Tab from the last
 * rendered row scrolls it into view, which renders the next ones, so keyboard order is unbroken;
 * aria-rowcount/aria-rowindex tell assistive technology the size of the whole list.
 */
export const AttendanceTable = memo(function AttendanceTable({ shown, drafts, selected, disabled, onSelect, onMark, onNote, text, statusLabels, rsvpLabels }: TableProps) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the body starts in the page. Text above it re-wraps when the window resizes, so it is
  // measured again whenever the page's size changes (an unchanged value re-renders nothing).
  useLayoutEffect(() => {
    const measure = () => setScrollMargin(Math.round((bodyRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: shown.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey: (index) => shown[index]!.row.id,
    overscan: 10,
    scrollMargin,
    initialRect: INITIAL_WINDOW,
    initialOffset: 0,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const spaceBefore = first ? first.start - scrollMargin : 0;
  const spaceAfter = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;

  return (
    <div className="overflow-x-auto">
      <table id="attendance-table" aria-rowcount={shown.length + 1} className="w-full min-w-[48rem] table-fixed border-collapse text-left text-sm">
        <caption className="sr-only">{text.register}</caption>
        <colgroup>
          <col className="w-8" />
          <col className="w-12" />
          <col />
          <col className="w-40" />
          <col className="w-[22rem]" />
          <col className="w-56" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="border-b border-stone-300 px-2 py-2"><span className="sr-only">{text.selectColumn}</span></th>
            <th scope="col" className="border-b border-stone-300 px-2 py-2 font-semibold text-stone-700">#</th>
            <th scope="col" className="border-b border-stone-300 px-2 py-2 font-semibold text-stone-700">{text.person}</th>
            <th scope="col" className="border-b border-stone-300 px-2 py-2 font-semibold text-stone-700">{text.answer}</th>
            <th scope="col" className="border-b border-stone-300 px-2 py-2 font-semibold text-stone-700">{text.status}</th>
            <th scope="col" className="border-b border-stone-300 px-2 py-2 font-semibold text-stone-700">{text.notePlaceholder}</th>
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {spaceBefore > 0 ? <tr aria-hidden="true"><td colSpan={6} style={{ height: spaceBefore, padding: 0 }} /></tr> : null}
          {items.map((item) => {
            const { row, number } = shown[item.index]!;
            return (
              <AttendanceRowView
                key={item.key}
                measureRef={virtualizer.measureElement}
                index={item.index}
                row={row}
                number={number}
                draft={drafts.get(row.id)}
                selected={selected.has(row.id)}
                disabled={disabled}
                onSelect={onSelect}
                onMark={onMark}
                onNote={onNote}
                text={text}
                statusLabels={statusLabels}
                rsvpLabels={rsvpLabels}
              />
            );
          })}
          {spaceAfter > 0 ? <tr aria-hidden="true"><td colSpan={6} style={{ height: spaceAfter, padding: 0 }} /></tr> : null}
        </tbody>
      </table>
    </div>
  );
});
