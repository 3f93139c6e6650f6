'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { retryAtOf } from '@/lib/auth/throttle-message.ts';
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
  required: string;
}

/** Only a same-site path may be a destination after login (no open redirect). */
function safeCallback(callbackUrl: string | undefined): string {
  return callbackUrl && callbackUrl.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/';
}

export function LoginForm({ text, locale, callbackUrl }: { text: LoginFormText; locale: Locale; callbackUrl?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(formData: FormData) {
    const username = String(formData.get('username') ?? '').trim();
    const password = String(formData.get('password') ?? '');
    if (!username || !password) {
      setError(text.required);
      return;
    }
    startTransition(async () => {
      const result = await signIn('credentials', { username, password, redirect: false });
      if (!result || result.error) {
        const retryAt = retryAtOf(result?.error);
        setError(retryAt ? interpolate(text.throttled, { time: formatTime(retryAt, locale) }) : text.invalid);
        return;
      }
      router.replace(safeCallback(callbackUrl));
      router.refresh();
    });
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
      {error ? <p id="login-error" role="alert" className="text-sm text-brand-700">{error}</p> : null}
      <button type="submit" disabled={pending} className="w-full rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
