'use client';

import { useActionState, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { INPUT_CLASS } from '@/components/ui/field.tsx';
import { foldVietnamese } from '@/lib/domain/vietnamese-name.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';
import type { AttendanceMark } from '@/lib/schemas/attendance.ts';
import type { AttendanceRegister as Register, AttendanceRow } from '@/lib/server/attendance/get-attendance-register.ts';
import { AttendanceBulkBar } from './attendance-bulk-bar.tsx';
import { AttendancePreview } from './attendance-preview.tsx';
import { MARKS, type RowDraft, type RowText } from './attendance-row.tsx';
import { AttendanceTable, type ShownRow } from './attendance-table.tsx';

type StatusFilter = 'ALL' | 'UNRECORDED' | AttendanceMark;

interface Props extends RowText {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  register: Pick<Register, 'id' | 'rows' | 'canRecord' | 'quorum'>;
  countsTemplate: string;
}

/**
 * The register the secretary works through on the day. Marks are drafts kept here until one save sends
 * them all (one server action, one transaction); nothing goes to the server per row. The filter is
 * folded without diacritics and applied through useDeferredValue, so typing stays immediate; the table
 * renders only the rows near the window, so 1,000 invitees cost little more than 25.
 */
export function AttendanceRegister({ action, register, countsTemplate, text, statusLabels, rsvpLabels }: Props) {
  const { rows, canRecord } = register;
  const [query, setQuery] = useState('');
  const [statusFilter, setStatusFilter] = useState<StatusFilter>('ALL');
  const [drafts, setDrafts] = useState<ReadonlyMap<string, RowDraft>>(new Map());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  const [state, formAction, pending] = useActionState(async (previous: ActionState, formData: FormData) => {
    const next = await action(previous, formData);
    // Saved: the page re-renders with the new values and versions, so the drafts are spent.
    if (next.status === 'success') {
      setDrafts(new Map());
      setSelected(new Set());
    }
    return next;
  }, IDLE);

  const searchKeys = useMemo(() => rows.map((row) => foldVietnamese(`${row.name} ${row.title ?? ''} ${row.unit ?? ''}`)), [rows]);
  const deferredQuery = useDeferredValue(query);
  const deferredStatus = useDeferredValue(statusFilter);
  // The status filter looks at what is saved, so a row does not vanish under the cursor when marked.
  const shown = useMemo(() => {
    const words = foldVietnamese(deferredQuery).split(/\s+/).filter(Boolean);
    return rows.flatMap((row, index): ShownRow[] => {
      const statusMatches = deferredStatus === 'ALL' || (deferredStatus === 'UNRECORDED' ? row.attendance === null : row.attendance === deferredStatus);
      return statusMatches && words.every((word) => searchKeys[index]?.includes(word)) ? [{ row, number: index + 1 }] : [];
    });
  }, [rows, searchKeys, deferredQuery, deferredStatus]);
  const visible = useMemo(() => new Set(shown.map(({ row }) => row.id)), [shown]);

  const select = useCallback((id: string, checked: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const mark = useCallback((row: AttendanceRow, status: AttendanceMark) => {
    setDrafts((current) => withDrafts(current, [[row, markedDraft(row, current.get(row.id), status)]]));
  }, []);
  const writeNote = useCallback((row: AttendanceRow, note: string) => {
    setDrafts((current) => {
      const status = current.get(row.id)?.status ?? row.attendance;
      return status ? withDrafts(current, [[row, { status, note }]]) : current;
    });
  }, []);

  const visibleSelected = rows.filter((row) => visible.has(row.id) && selected.has(row.id)).length;
  const selectAllVisible = (checked: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of visible) {
        if (checked) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  };
  const markSelected = (status: AttendanceMark, reason: string) => {
    const reasonForAll = status === 'EXCUSED' ? reason.trim() : '';
    setDrafts((current) => withDrafts(
      current,
      rows.filter((row) => selected.has(row.id)).map((row): [AttendanceRow, RowDraft] => [row, reasonForAll ? { status, note: reasonForAll } : markedDraft(row, current.get(row.id), status)]),
    ));
    setSelected(new Set());
  };

  const changes = useMemo(() => {
    const byId = new Map(rows.map((row) => [row.id, row]));
    return [...drafts].flatMap(([inviteeId, draft]) => {
      const row = byId.get(inviteeId);
      return row ? [{ inviteeId, version: row.version, status: draft.status, note: draft.note.trim() }] : [];
    });
  }, [rows, drafts]);
  const changesJson = useMemo(() => JSON.stringify(changes), [changes]);
  const missingReasons = changes.filter((change) => change.status === 'EXCUSED' && !change.note).length;

  // Leaving the page with unsaved marks asks first (the browser shows its own wording).
  useEffect(() => {
    if (changes.length === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [changes.length]);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="attendance-filter" className="block text-sm font-medium text-stone-800">{text.filter}</label>
          <input
            id="attendance-filter"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setQuery('');
            }}
            aria-controls="attendance-table"
            aria-describedby="attendance-filter-hint"
            autoComplete="off"
            className={INPUT_CLASS}
          />
          <p id="attendance-filter-hint" className="mt-1 text-xs text-stone-600">
            {text.filterHint} <span aria-live="polite" data-testid="attendance-shown">{interpolate(text.shown, { shown: visible.size, total: rows.length })}</span>
          </p>
        </div>
        <div>
          <label htmlFor="attendance-status-filter" className="block text-sm font-medium text-stone-800">{text.statusFilter}</label>
          <select id="attendance-status-filter" value={statusFilter} onChange={(event) => setStatusFilter(event.target.value as StatusFilter)} className={INPUT_CLASS}>
            <option value="ALL">{text.statusFilterAll}</option>
            <option value="UNRECORDED">{statusLabels.UNRECORDED}</option>
            {MARKS.map((status) => <option key={status} value={status}>{statusLabels[status]}</option>)}
          </select>
        </div>
      </div>

      {canRecord ? (
        <AttendanceBulkBar
          text={text}
          statusLabels={statusLabels}
          selectedCount={selected.size}
          visibleCount={visible.size}
          visibleSelected={visibleSelected}
          onSelectAll={selectAllVisible}
          onClear={() => setSelected(new Set())}
          onMark={markSelected}
        />
      ) : null}

      <AttendanceTable
        shown={shown}
        drafts={drafts}
        selected={selected}
        disabled={!canRecord}
        onSelect={select}
        onMark={mark}
        onNote={writeNote}
        text={text}
        statusLabels={statusLabels}
        rsvpLabels={rsvpLabels}
      />

      {canRecord ? (
        <form action={formAction} className="sticky bottom-0 z-10 space-y-2 border-t border-stone-200 bg-white py-3 shadow-[0_-4px_8px_-6px_rgba(0,0,0,0.15)]" data-testid="attendance-save">
          <FormStatus state={state} />
          {state.status === 'error' && state.fieldErrors.changes ? <p className="text-sm text-red-700">{state.fieldErrors.changes}</p> : null}
          <input type="hidden" name="conferenceId" value={register.id} />
          <input type="hidden" name="changes" value={changesJson} />
          {changes.length > 0 ? <AttendancePreview register={register} drafts={drafts} countsTemplate={countsTemplate} text={text} /> : null}
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" disabled={pending || changes.length === 0 || missingReasons > 0} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
              {pending ? text.saving : `${text.save} (${changes.length})`}
            </button>
            <button type="button" disabled={pending || changes.length === 0} onClick={() => setDrafts(new Map())} className="rounded-md px-3 py-2 text-sm disabled:opacity-60">
              {text.discard}
            </button>
            <span className="text-sm text-stone-700" aria-live="polite">
              {changes.length > 0 ? interpolate(text.unsaved, { count: changes.length }) : ''}
              {missingReasons > 0 ? <span className="ml-2 text-red-700">{interpolate(text.missingReasons, { count: missingReasons })}</span> : null}
            </span>
          </div>
        </form>
      ) : null}
    </div>
  );
}

/** The draft a row gets when marked: an excused absence starts from the reason given in the answer. */
function markedDraft(row: AttendanceRow, current: RowDraft | undefined, status: AttendanceMark): RowDraft {
  const note = current ? current.note : (row.attendanceNote ?? '');
  if (status === 'PRESENT') return { status, note: '' };
  if (status === 'EXCUSED' && note.trim() === '') return { status, note: row.rsvpReason ?? '' };
  return { status, note };
}

/**
 * Sets rows' drafts in one new map (other rows keep their draft objects, so their memoised rows do not
 * re-render); a draft equal to what is saved is dropped: nothing is left to save for that row.
 */
function withDrafts(drafts: ReadonlyMap<string, RowDraft>, updates: readonly (readonly [AttendanceRow, RowDraft])[]): ReadonlyMap<string, RowDraft> {
  const next = new Map(drafts);
  for (const [row, draft] of updates) {
    if (draft.status === row.attendance && draft.note.trim() === (row.attendanceNote ?? '')) next.delete(row.id);
    else next.set(row.id, draft);
  }
  return next;
}
