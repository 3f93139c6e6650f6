import type { Metadata } from 'next';
import Link from 'next/link';
import { SetPasswordForm } from '@/components/account/set-password-form.tsx';
import { LanguageSwitch } from '@/components/layout/language-switch.tsx';
import { DetailsList } from '@/components/ui/details-list.tsx';
import { now } from '@/lib/clock.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { findPasswordSetup } from '@/lib/server/password-setup/find-password-setup.ts';
import { setPasswordWithLinkAction } from './actions.ts';

// The token is a credential: never prerendered or cached, never sent on in a Referer, never indexed.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.passwordSetup.title, referrer: 'no-referrer', robots: { index: false, follow: false } };
}

/**
 * The public page of a one-time set-password link (proxy.ts lets it through without a session). With a
 * working link: the account's username and the new password twice. Otherwise one neutral sentence,
 * the same for a malformed, unknown, used, replaced or expired link: the page tells nothing more.
 */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [{ t, locale }, setup] = await Promise.all([getMessages(), findPasswordSetup({ token, now: now() })]);
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between bg-brand-800 px-4 py-3 text-white">
        <span className="font-semibold">{t.app.name}</span>
        <LanguageSwitch current={locale} label={t.app.language} />
      </header>
      <main id="main" className="flex flex-1 items-center justify-center p-4">
        <div className="w-full max-w-sm rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-xl font-semibold">{t.passwordSetup.title}</h1>
          {setup ? (
            <>
              <DetailsList items={[{ label: t.passwordSetup.username, value: <span data-testid="setup-username">{setup.username}</span> }]} />
              <div className="mt-4">
                <SetPasswordForm action={setPasswordWithLinkAction} token={token} username={setup.username} text={t.passwordSetup} newHint={t.password.newHint} />
              </div>
            </>
          ) : (
            <>
              <p role="alert" data-testid="setup-invalid" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t.passwordSetup.invalid}</p>
              <p className="mt-3 text-sm text-stone-700">{t.passwordSetup.invalidHint}</p>
              <p className="mt-4"><Link href="/login">{t.passwordSetup.signIn}</Link></p>
            </>
          )}
        </div>
      </main>
    </div>
  );
}
