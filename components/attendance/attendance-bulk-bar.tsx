'use client';

import { useEffect, useRef, useState } from 'react';
import { INPUT_CLASS } from '@/components/ui/field.tsx';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { AttendanceMark } from '@/lib/schemas/attendance.ts';
import { MARKS } from './attendance-row.tsx';

interface Props {
  text: Messages['attendance'];
  statusLabels: Messages['conferences']['attendanceStatus'];
  selectedCount: number;
  visibleCount: number;
  visibleSelected: number;
  onSelectAll: (checked: boolean) => void;
  onClear: () => void;
  onMark: (status: AttendanceMark, reason: string) => void;
}

/** "Select everyone shown" and "mark the selected as …": a hundred people in two actions. */
export function AttendanceBulkBar({ text, statusLabels, selectedCount, visibleCount, visibleSelected, onSelectAll, onClear, onMark }: Props) {
  const [reason, setReason] = useState('');
  const selectAll = useRef<HTMLInputElement>(null);
  const allShownSelected = visibleCount > 0 && visibleSelected === visibleCount;
  // "Some of those shown are selected" has no HTML attribute, only this DOM property.
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = visibleSelected > 0 && !allShownSelected;
  }, [visibleSelected, allShownSelected]);

  return (
    <div className="flex flex-wrap items-start gap-x-6 gap-y-3 rounded-md border border-stone-200 bg-stone-50 p-3" data-testid="attendance-bulk">
      <div className="space-y-1">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input ref={selectAll} type="checkbox" className="h-4 w-4" checked={allShownSelected} disabled={visibleCount === 0} onChange={(event) => onSelectAll(event.target.checked)} />
          {text.selectAll} ({visibleCount})
        </label>
        <p className="text-sm text-stone-700" aria-live="polite">
          {interpolate(text.selectedCount, { count: selectedCount })}
          {selectedCount > 0 ? <button type="button" onClick={onClear} className="ml-2 text-brand-700 underline-offset-2 hover:underline">{text.clearSelection}</button> : null}
        </p>
      </div>
      <fieldset className="space-y-2" disabled={selectedCount === 0}>
        <legend className="text-sm font-medium text-stone-800">{text.bulkLegend}</legend>
        <div className="flex flex-wrap gap-2">
          {MARKS.map((status) => (
            <button key={status} type="button" onClick={() => onMark(status, reason)} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm hover:border-brand-600 disabled:opacity-50">
              {statusLabels[status]}
            </button>
          ))}
        </div>
        <div className="max-w-md">
          <label htmlFor="attendance-bulk-reason" className="block text-xs font-medium text-stone-700">{text.bulkReason}</label>
          <input id="attendance-bulk-reason" value={reason} onChange={(event) => setReason(event.target.value)} maxLength={500} autoComplete="off" aria-describedby="attendance-bulk-reason-hint" className={INPUT_CLASS} />
          <p id="attendance-bulk-reason-hint" className="mt-1 text-xs text-stone-600">{text.bulkReasonHint}</p>
        </div>
      </fieldset>
    </div>
  );
}
