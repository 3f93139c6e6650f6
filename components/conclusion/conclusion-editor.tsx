'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { Badge } from '@/components/ui/badge.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';
import { AddConclusionForm } from './add-conclusion-form.tsx';
import { ConclusionHistory, type ConclusionRevisionView } from './conclusion-history.tsx';
import { ConclusionTextForm } from './conclusion-text-form.tsx';
import { PublishConclusionsForm } from './publish-conclusions-form.tsx';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export interface EditableConclusion {
  id: string;
  number: number;
  content: string;
  version: number;
  /** "Đã ban hành 01/08/2023", formatted on the server; null for a draft. */
  publishedLabel: string | null;
  taskCount: number;
  revisions: ConclusionRevisionView[];
}

interface Props {
  conferenceId: string;
  conclusions: EditableConclusion[];
  /** False unless the conference's stage allows conclusions to change (HELD): shown read-only. */
  editable: boolean;
  /** "id:version" of the drafts, for the publish form (lib/schemas/conclusion.ts shownDraftsValue). */
  shownDrafts: string;
  text: Messages['conclusionsForm'];
  actions: { add: Action; update: Action; remove: Action; move: Action; publish: Action };
}

const STATUS_ID = 'conclusions-status';
const BUTTON = 'rounded-md border border-stone-300 bg-white px-2 py-1 text-xs text-stone-800 hover:border-brand-600 disabled:opacity-40';

/**
 * The numbered conclusions with their controls. Drafts move up and down with buttons (the keyboard's
 * way of dragging) and can be removed; published ones are revised and show their history. After a move
 * the focus follows the moved conclusion, after a removal or publication it lands on the announcement.
 */
export function ConclusionEditor({ conferenceId, conclusions, editable, shownDrafts, text, actions }: Props) {
  const [announcement, setAnnouncement] = useState<ActionState>(IDLE);
  const [confirmingRemoval, setConfirmingRemoval] = useState<string | null>(null);
  // Where the keyboard focus goes next: the first of these element ids that can take focus (a
  // conclusion moved under a published one has its "up" button disabled, so "down" is the fallback).
  // A move or removal waits for the new list to arrive from the server: React reorders the DOM then,
  // and moving a focused element loses its focus.
  const focusRequest = useRef<{ ids: string[]; afterListChange: boolean } | null>(null);
  const shownList = useRef(conclusions);
  const requestFocus = (ids: string[], afterListChange = false) => {
    focusRequest.current = { ids, afterListChange };
  };

  useEffect(() => {
    const listChanged = shownList.current !== conclusions;
    shownList.current = conclusions;
    const request = focusRequest.current;
    if (!request || (request.afterListChange && !listChanged)) return;
    focusRequest.current = null;
    for (const id of request.ids) {
      const element = document.getElementById(id);
      if (element && !(element instanceof HTMLButtonElement && element.disabled)) {
        element.focus();
        return;
      }
    }
  });

  const [, rowAction] = useActionState(async (_previous: ActionState, formData: FormData) => {
    const next = await (formData.get('operation') === 'remove' ? actions.remove : actions.move)(IDLE, formData);
    if (next.status === 'error') requestFocus([STATUS_ID]);
    setConfirmingRemoval(null);
    setAnnouncement(next);
    return next;
  }, IDLE);

  const drafts = conclusions.filter((conclusion) => !conclusion.publishedLabel);
  const lastIndex = conclusions.length - 1;

  return (
    <div className="space-y-4">
      <div id={STATUS_ID} tabIndex={-1} className="outline-none">
        <FormStatus state={announcement} />
      </div>
      {conclusions.length === 0 ? (
        <p className="text-sm text-stone-600">{text.empty}</p>
      ) : (
        <ol className="space-y-4" aria-label={text.heading}>
          {conclusions.map((conclusion, index) => {
            const named = { number: conclusion.number };
            const isDraft = !conclusion.publishedLabel;
            // Drafts move among themselves only: published conclusions keep their numbers.
            const previousIsDraft = index > 0 && !conclusions[index - 1]!.publishedLabel;
            const canRemove = isDraft && conclusion.taskCount === 0;
            return (
              <li key={conclusion.id} data-testid="conclusion-editor-item" aria-labelledby={`conclusion-heading-${conclusion.id}`} className="rounded-md border border-stone-200 p-3">
                <div className="mb-2 flex flex-wrap items-center gap-2">
                  <h3 id={`conclusion-heading-${conclusion.id}`} className="font-semibold">{interpolate(text.numbered, named)}</h3>
                  {conclusion.publishedLabel ? <Badge tone="good">{conclusion.publishedLabel}</Badge> : <Badge tone="warn">{text.draft}</Badge>}
                  {editable && isDraft ? (
                    <div className="ml-auto flex flex-wrap gap-1">
                      <form action={rowAction} className="contents">
                        <input type="hidden" name="conclusionId" value={conclusion.id} />
                        <input type="hidden" name="version" value={conclusion.version} />
                        <button type="submit" name="direction" value="up" id={`conclusion-up-${conclusion.id}`} disabled={!previousIsDraft}
                          onClick={() => requestFocus([`conclusion-up-${conclusion.id}`, `conclusion-down-${conclusion.id}`], true)}
                          aria-label={interpolate(text.moveUpLabel, named)} className={BUTTON}>
                          <span aria-hidden="true">↑ </span>{text.moveUp}
                        </button>
                        <button type="submit" name="direction" value="down" id={`conclusion-down-${conclusion.id}`} disabled={index === lastIndex}
                          onClick={() => requestFocus([`conclusion-down-${conclusion.id}`, `conclusion-up-${conclusion.id}`], true)}
                          aria-label={interpolate(text.moveDownLabel, named)} className={BUTTON}>
                          <span aria-hidden="true">↓ </span>{text.moveDown}
                        </button>
                      </form>
                      {canRemove ? (
                        <button type="button" id={`conclusion-remove-${conclusion.id}`} onClick={() => { requestFocus([`conclusion-remove-no-${conclusion.id}`]); setConfirmingRemoval(conclusion.id); }}
                          aria-label={interpolate(text.removeLabel, named)} aria-expanded={confirmingRemoval === conclusion.id} className={`${BUTTON} text-red-800`}>
                          {text.remove}
                        </button>
                      ) : null}
                    </div>
                  ) : null}
                </div>
                {confirmingRemoval === conclusion.id ? (
                  <form action={rowAction} onSubmit={() => requestFocus([STATUS_ID], true)} className="mb-2 flex flex-wrap items-center gap-2 rounded-md border border-red-200 bg-red-50 p-2 text-sm">
                    <input type="hidden" name="operation" value="remove" />
                    <input type="hidden" name="conclusionId" value={conclusion.id} />
                    <input type="hidden" name="version" value={conclusion.version} />
                    <span className="text-red-900">{interpolate(text.removeConfirm, named)}</span>
                    <button type="button" id={`conclusion-remove-no-${conclusion.id}`} onClick={() => { requestFocus([`conclusion-remove-${conclusion.id}`]); setConfirmingRemoval(null); }} className={BUTTON}>{text.cancel}</button>
                    <button type="submit" className="rounded-md bg-red-800 px-2 py-1 text-xs font-medium text-white hover:bg-red-900">{text.remove}</button>
                  </form>
                ) : null}
                {isDraft && conclusion.taskCount > 0 ? <p className="mb-2 text-xs text-stone-600">{text.hasTasks}</p> : null}
                {editable ? (
                  <ConclusionTextForm action={actions.update} conclusion={{ id: conclusion.id, version: conclusion.version, content: conclusion.content, published: !isDraft }} text={text} />
                ) : (
                  <p className="whitespace-pre-line text-sm">{conclusion.content}</p>
                )}
                <ConclusionHistory revisions={conclusion.revisions} text={text} />
              </li>
            );
          })}
        </ol>
      )}
      {editable ? <AddConclusionForm action={actions.add} conferenceId={conferenceId} text={text} /> : null}
      {editable && drafts.length > 0 ? (
        <PublishConclusionsForm
          action={actions.publish}
          conferenceId={conferenceId}
          shownDrafts={shownDrafts}
          draftCount={drafts.length}
          text={text}
          onPublished={(state) => {
            requestFocus([STATUS_ID], true);
            setAnnouncement(state);
          }}
        />
      ) : null}
      {editable && drafts.length === 0 && conclusions.length > 0 ? <p className="text-sm text-stone-600">{text.nothingToPublish}</p> : null}
    </div>
  );
}
