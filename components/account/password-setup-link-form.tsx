'use client';

import Link from 'next/link';
import { useActionState, useRef, useState } from 'react';
import { INPUT_CLASS } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE } from '@/lib/schemas/action-state.ts';
import type { SetupLinkState } from '@/lib/schemas/password-setup.ts';

type Issued = Extract<SetupLinkState, { status: 'issued' }>;

interface Props {
  action: (state: SetupLinkState, formData: FormData) => Promise<SetupLinkState>;
  userId: string;
  text: Messages['passwordSetup'];
}

const BUTTON = 'rounded-md border border-brand-700 px-4 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-60';

/**
 * "Tạo liên kết đặt mật khẩu": the button, then the new link once, with a copy button. The link lives
 * only in this component's state: a reload shows the button again, and a new link ends this one.
 */
export function PasswordSetupLinkForm({ action, userId, text }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      {state.status === 'issued' ? <IssuedSetupLinkPanel issued={state} text={text} /> : <FormStatus state={state} />}
      <p className="text-sm text-stone-600">{text.hint}</p>
      <button type="submit" disabled={pending} className={BUTTON}>{pending ? text.creating : state.status === 'issued' ? text.again : text.create}</button>
    </form>
  );
}

/** A link just made, shown this once: where the message went, the link to copy, until when it works. */
export function IssuedSetupLinkPanel({ issued, text }: { issued: Issued; text: Messages['passwordSetup'] }) {
  const [copiedFor, setCopiedFor] = useState<Issued | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(issued.url);
    } catch {
      // The clipboard API needs HTTPS (or localhost); on a plain-HTTP office network select the text instead.
      input.current?.select();
      document.execCommand('copy');
    }
    setCopiedFor(issued);
  }

  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
      <p role="status" data-testid="form-status" className="text-sm text-stone-900">{issued.message}</p>
      <label htmlFor="password-setup-url" className="block text-sm font-medium text-stone-800">{text.linkLabel}</label>
      <input
        id="password-setup-url"
        ref={input}
        readOnly
        value={issued.url}
        onFocus={(event) => event.currentTarget.select()}
        aria-describedby="password-setup-once"
        data-testid="password-setup-url"
        className={`${INPUT_CLASS} font-mono text-xs`}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={copy} className={BUTTON}>{text.copy}</button>
        {copiedFor === issued ? <span role="status" className="text-sm text-green-800">{text.copied}</span> : null}
        {issued.accountHref ? <Link href={issued.accountHref} className="text-sm">{text.openAccount}</Link> : null}
      </div>
      <p id="password-setup-once" className="text-sm text-stone-800">{issued.expiresAt} {text.shownOnce}</p>
    </div>
  );
}
