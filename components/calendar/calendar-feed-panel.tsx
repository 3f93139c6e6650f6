'use client';

import { useActionState, useRef, useState } from 'react';
import { INPUT_CLASS } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** The feed as the page found it; the URLs only when it can be shown. */
  feed: { state: 'none' } | { state: 'unavailable'; createdAt: string } | { state: 'active'; url: string; webcalUrl: string; createdAt: string };
  text: Messages['calendar'];
}

const BUTTON = 'rounded-md border border-brand-700 px-4 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-60';

/** The user's private feed link: shown with a copy button, created on request, reset after a confirmation. */
export function CalendarFeedPanel({ action, feed, text }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  // The confirmation belongs to the state it was opened in: the action's answer (a new state) closes it.
  const [confirmingIn, setConfirmingIn] = useState<ActionState | null>(null);
  const confirming = confirmingIn === state;
  const [copied, setCopied] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function copy() {
    if (feed.state !== 'active') return;
    try {
      await navigator.clipboard.writeText(feed.url);
    } catch {
      // The clipboard API needs HTTPS (or localhost); on a plain-HTTP office network select the text instead.
      input.current?.select();
      document.execCommand('copy');
    }
    setCopied(true);
  }

  return (
    <div className="space-y-3">
      <FormStatus state={state} />
      {feed.state === 'none' ? (
        <form action={formAction} className="space-y-3">
          <p className="text-sm text-stone-700">{text.noFeed}</p>
          <input type="hidden" name="intent" value="create" />
          <button type="submit" disabled={pending} className={BUTTON}>{pending ? text.creating : text.create}</button>
        </form>
      ) : null}
      {feed.state === 'unavailable' ? <p className="text-sm text-stone-800">{text.unavailable} {feed.createdAt}</p> : null}
      {feed.state === 'active' ? (
        <div className="space-y-2">
          <label htmlFor="calendar-feed-url" className="block text-sm font-medium text-stone-800">{text.feedLabel}</label>
          <input
            id="calendar-feed-url"
            ref={input}
            readOnly
            value={feed.url}
            onFocus={(event) => event.currentTarget.select()}
            aria-describedby="calendar-feed-secret"
            data-testid="calendar-feed-url"
            className={`${INPUT_CLASS} font-mono text-xs`}
          />
          <div className="flex flex-wrap items-center gap-3">
            <button type="button" onClick={copy} className={BUTTON}>{text.copy}</button>
            <a href={feed.webcalUrl} className="text-sm">{text.openInApp}</a>
            {copied ? <span role="status" className="text-sm text-green-800">{text.copied}</span> : null}
          </div>
          <p className="text-xs text-stone-600">{feed.createdAt}</p>
        </div>
      ) : null}
      {feed.state !== 'none' ? (
        <>
          <p id="calendar-feed-secret" className="text-sm text-stone-700">{text.secret}</p>
          {confirming ? (
            <form action={formAction} className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3">
              <input type="hidden" name="intent" value="reset" />
              <p className="text-sm text-red-900">{text.resetConfirm}</p>
              <div className="flex gap-2">
                {/* Focus lands on the safe choice, as in a confirmation dialog. */}
                <button type="button" autoFocus onClick={() => setConfirmingIn(null)} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm">{text.cancel}</button>
                <button type="submit" disabled={pending} className="rounded-md bg-red-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-900 disabled:opacity-60">{pending ? text.resetting : text.reset}</button>
              </div>
            </form>
          ) : (
            <button type="button" onClick={() => { setConfirmingIn(state); setCopied(false); }} disabled={pending} className={BUTTON}>{pending ? text.resetting : text.reset}</button>
          )}
        </>
      ) : null}
    </div>
  );
}
