'use client';

import { useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';
import { AgendaItemForm, type AgendaAction, type AgendaItemFormValues } from './agenda-item-form.tsx';

export interface EditableAgendaItem {
  id: string;
  position: number;
  /** "HH:mm" in Vietnam time, or "" when not fixed. */
  startTime: string;
  durationMinutes: number | null;
  title: string;
  presenterMemberId: string | null;
  presenterName: string | null;
  /** The presenter as printed: the member's name and title, or the guest's text. */
  presenterLabel: string;
  version: number;
}

interface Props {
  conferenceId: string;
  items: EditableAgendaItem[];
  presenters: { id: string; label: string }[];
  /** False once the conference's stage fixes the programme: the list is shown without controls. */
  editable: boolean;
  text: Messages['agenda'];
  actions: { add: AgendaAction; update: AgendaAction; remove: AgendaAction; move: AgendaAction };
  /** Extra content under an item's title, by item id (its attached documents, for instance). */
  itemDetails?: Record<string, ReactNode>;
}

const STATUS_ID = 'agenda-status';
const FORM_TITLE_ID = 'field-title';
const BUTTON = 'rounded-md border border-stone-300 bg-white px-2 py-1 text-xs text-stone-800 hover:border-brand-600 disabled:opacity-40';

const formValuesOf = (item: EditableAgendaItem): AgendaItemFormValues => ({
  startTime: item.startTime,
  title: item.title,
  presenterMemberId: item.presenterMemberId ?? '',
  presenterName: item.presenterName ?? '',
  durationMinutes: item.durationMinutes ? String(item.durationMinutes) : '',
});

const EMPTY_ITEM: AgendaItemFormValues = { startTime: '', title: '', presenterMemberId: '', presenterName: '', durationMinutes: '' };

/**
 * The programme with its controls: move up / move down buttons (the keyboard's way of dragging),
 * edit and remove per item, and one form below that adds an item or edits the chosen one. After each
 * change the keyboard focus lands where the user would look next, and the result is announced.
 */
export function AgendaEditor({ conferenceId, items, presenters, editable, text, actions, itemDetails = {} }: Props) {
  const [announcement, setAnnouncement] = useState<ActionState>(IDLE);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  // Element ids to focus after the next render, the first one that can take focus; a moved item's
  // "up" button is disabled once it is first, so its "down" button is the fallback.
  const focusAfterRender = useRef<string[]>([]);

  useEffect(() => {
    const candidates = focusAfterRender.current;
    if (candidates.length === 0) return;
    focusAfterRender.current = [];
    for (const id of candidates) {
      const element = document.getElementById(id);
      if (element && !(element instanceof HTMLButtonElement && element.disabled)) {
        element.focus();
        return;
      }
    }
  }, [items, editingId, round]);

  const [, rowAction] = useActionState(async (_previous: ActionState, formData: FormData) => {
    const next = await (formData.get('operation') === 'remove' ? actions.remove : actions.move)(IDLE, formData);
    if (next.status === 'error') focusAfterRender.current = [];
    setAnnouncement(next);
    return next;
  }, IDLE);

  const editing = items.find((item) => item.id === editingId) ?? null;

  function startEditing(item: EditableAgendaItem) {
    focusAfterRender.current = [FORM_TITLE_ID];
    setAnnouncement(IDLE);
    setEditingId(item.id);
  }

  function stopEditing(itemId: string) {
    focusAfterRender.current = [`agenda-edit-${itemId}`];
    setEditingId(null);
  }

  function confirmRemove(event: FormEvent<HTMLFormElement>, item: EditableAgendaItem) {
    if (!window.confirm(interpolate(text.confirmRemove, { title: item.title }))) {
      event.preventDefault();
      return;
    }
    if (editingId === item.id) setEditingId(null);
    focusAfterRender.current = [STATUS_ID];
  }

  function moveFocus(item: EditableAgendaItem, direction: 'up' | 'down') {
    const other = direction === 'up' ? 'down' : 'up';
    focusAfterRender.current = [`agenda-${direction}-${item.id}`, `agenda-${other}-${item.id}`];
  }

  return (
    <div className="space-y-4">
      <div id={STATUS_ID} tabIndex={-1} className="outline-none">
        <FormStatus state={announcement} />
      </div>
      {items.length === 0 ? (
        <p className="text-sm text-stone-600">{text.empty}</p>
      ) : (
        <Table caption={text.title}>
          <thead>
            <tr>
              <Th className="w-12 text-right">{text.position}</Th>
              <Th className="w-20">{text.startTime}</Th>
              <Th>{text.itemTitle}</Th>
              <Th>{text.presenter}</Th>
              <Th className="w-24 text-right">{text.durationColumn}</Th>
              {editable ? <Th className="w-64">{text.actions}</Th> : null}
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => {
              const named = { position: item.position, title: item.title };
              return (
                <tr key={item.id} className={item.id === editingId ? 'bg-brand-50' : undefined}>
                  <Td className="text-right tabular-nums">{item.position}</Td>
                  <Td className="whitespace-nowrap tabular-nums">{item.startTime}</Td>
                  <Td>
                    {item.title}
                    {itemDetails[item.id]}
                  </Td>
                  <Td>{item.presenterLabel}</Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">{item.durationMinutes ? interpolate(text.minutes, { count: item.durationMinutes }) : ''}</Td>
                  {editable ? (
                    <Td>
                      <div className="flex flex-wrap gap-1">
                        <form action={rowAction} className="contents">
                          <input type="hidden" name="agendaItemId" value={item.id} />
                          <input type="hidden" name="version" value={item.version} />
                          <button type="submit" name="direction" value="up" id={`agenda-up-${item.id}`} disabled={index === 0} onClick={() => moveFocus(item, 'up')} aria-label={interpolate(text.moveUpItem, named)} className={BUTTON}>
                            <span aria-hidden="true">↑ </span>{text.moveUp}
                          </button>
                          <button type="submit" name="direction" value="down" id={`agenda-down-${item.id}`} disabled={index === items.length - 1} onClick={() => moveFocus(item, 'down')} aria-label={interpolate(text.moveDownItem, named)} className={BUTTON}>
                            <span aria-hidden="true">↓ </span>{text.moveDown}
                          </button>
                        </form>
                        <button type="button" id={`agenda-edit-${item.id}`} onClick={() => startEditing(item)} aria-label={interpolate(text.editItem, named)} aria-expanded={item.id === editingId} aria-controls="agenda-item-form" className={BUTTON}>
                          {text.edit}
                        </button>
                        <form action={rowAction} onSubmit={(event) => confirmRemove(event, item)} className="contents">
                          <input type="hidden" name="operation" value="remove" />
                          <input type="hidden" name="agendaItemId" value={item.id} />
                          <input type="hidden" name="version" value={item.version} />
                          <button type="submit" aria-label={interpolate(text.removeItem, named)} className={`${BUTTON} text-red-800`}>{text.remove}</button>
                        </form>
                      </div>
                    </Td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      {editable ? (
        <section id="agenda-item-form" aria-labelledby="agenda-item-form-heading" className="rounded-md border border-stone-200 p-4">
          <h3 id="agenda-item-form-heading" className="mb-3 font-semibold">
            {editing ? interpolate(text.editItem, { position: editing.position, title: editing.title }) : text.addTitle}
          </h3>
          {editing ? (
            <AgendaItemForm
              key={`edit-${editing.id}-${editing.version}`}
              action={actions.update}
              target={{ agendaItemId: editing.id, version: editing.version }}
              initial={formValuesOf(editing)}
              presenters={presenters}
              text={text}
              submitLabel={text.save}
              onSaved={(state) => {
                setAnnouncement(state);
                stopEditing(editing.id);
              }}
              onCancel={() => stopEditing(editing.id)}
            />
          ) : (
            <AgendaItemForm
              key={`add-${round}`}
              action={actions.add}
              target={{ conferenceId }}
              initial={EMPTY_ITEM}
              presenters={presenters}
              text={text}
              submitLabel={text.add}
              onSaved={(state) => {
                setAnnouncement(state);
                focusAfterRender.current = [FORM_TITLE_ID];
                setRound((value) => value + 1);
              }}
            />
          )}
        </section>
      ) : null}
    </div>
  );
}
