'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { isSecondFactorRequired, isSignInBusy, retryAtOf } from '@/lib/auth/throttle-message.ts';
import { formatTime } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';

interface LoginFormText {
  username: string;
  password: string;
  submit: string;
  submitting: string;
  invalid: string;
  throttled: string;
  busy: string;
  required: string;
}

/** The second step, for accounts with a second factor. */
export interface SecondFactorLoginText {
  code: string;
  codeHint: string;
  prompt: string;
  required: string;
  invalidCode: string;
  restart: string;
}

/** Only a same-site path may be a destination after login (no open redirect). */
function safeCallback(callbackUrl: string | undefined): string {
  return callbackUrl && callbackUrl.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/';
}

/**
 * Name and password; for an account with a second factor the server answers "second factor required"
 * and the form asks for the code, then sends name, password (kept in memory, not in the page) and code.
 */
export function LoginForm({ text, secondFactorText, locale, callbackUrl }: { text: LoginFormText; secondFactorText: SecondFactorLoginText; locale: Locale; callbackUrl?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // Set once the password was accepted and a code is asked for.
  const [credentials, setCredentials] = useState<{ username: string; password: string } | null>(null);

  function signInWith(username: string, password: string, code?: string) {
    startTransition(async () => {
      const result = await signIn('credentials', { username, password, ...(code === undefined ? {} : { code }), redirect: false });
      if (!result || result.error) {
        if (isSecondFactorRequired(result?.error)) {
          setCredentials({ username, password });
          setError(null);
          return;
        }
        const retryAt = retryAtOf(result?.error);
        if (retryAt) setError(interpolate(text.throttled, { time: formatTime(retryAt, locale) }));
        else if (isSignInBusy(result?.error)) setError(text.busy);
        else setError(code === undefined ? text.invalid : secondFactorText.invalidCode);
        return;
      }
      router.replace(safeCallback(callbackUrl));
      router.refresh();
    });
  }

  function submit(formData: FormData) {
    if (credentials) {
      const code = String(formData.get('code') ?? '').trim();
      if (!code) {
        setError(secondFactorText.required);
        return;
      }
      signInWith(credentials.username, credentials.password, code);
      return;
    }
    const username = String(formData.get('username') ?? '').trim();
    const password = String(formData.get('password') ?? '');
    if (!username || !password) {
      setError(text.required);
      return;
    }
    signInWith(username, password);
  }

  function restart() {
    setCredentials(null);
    setError(null);
  }

  const errorLine = error ? <p id="login-error" role="alert" className="text-sm text-brand-700">{error}</p> : null;
  const submitButton = (
    <button type="submit" disabled={pending} className="w-full rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
      {pending ? text.submitting : text.submit}
    </button>
  );

  if (credentials) {
    return (
      <form action={submit} className="space-y-4" noValidate>
        <p className="text-sm text-stone-700">{secondFactorText.prompt}</p>
        <div>
          <label htmlFor="code" className="block text-sm font-medium">{secondFactorText.code}</label>
          {/* Focus moves here when the step appears, so a keyboard or screen-reader user lands on the field it asks for. */}
          <input
            id="code" name="code" autoComplete="one-time-code" autoCapitalize="none" spellCheck={false} required autoFocus maxLength={64}
            aria-describedby={error ? 'code-hint login-error' : 'code-hint'}
            className="mt-1 w-full rounded-md border border-stone-300 px-3 py-2 tracking-wider"
          />
          <p id="code-hint" className="mt-1 text-xs text-stone-600">{secondFactorText.codeHint}</p>
        </div>
        {errorLine}
        {submitButton}
        <button type="button" onClick={restart} className="w-full rounded-md px-4 py-2 text-sm text-brand-800 underline hover:bg-stone-50">
          {secondFactorText.restart}
        </button>
      </form>
    );
  }

  return (
    <form action={submit} className="space-y-4" noValidate>
      <div>
        <label htmlFor="username" className="block text-sm font-medium">{text.username}</label>
        <input
          id="username" name="username" autoComplete="username" autoCapitalize="none" required
          aria-describedby={error ? 'login-error' : undefined}
          className="mt-1 w-full rounded-md border border-stone-300 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">{text.password}</label>
        <input
          id="password" name="password" type="password" autoComplete="current-password" required
          aria-describedby={error ? 'login-error' : undefined}
          className="mt-1 w-full rounded-md border border-stone-300 px-3 py-2"
        />
      </div>
      {errorLine}
      {submitButton}
    </form>
  );
}
