import type { Metadata } from 'next';
import Link from 'next/link';
import { ChangePasswordForm } from '@/components/account/change-password-form.tsx';
import { SignOutButton } from '@/components/layout/sign-out-button.tsx';
import { requireSignedIn } from '@/lib/auth/session.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { changeOwnPasswordAction } from './actions.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.password.title };
}

// Outside the (app) group on purpose: its layout sends a user with a temporary password here, so this
// page must not be under it. Every signed-in user may come here to change their password.
export default async function ChangePasswordPage() {
  const actor = await requireSignedIn();
  const { t } = await getMessages();
  return (
    <>
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-3">
          <p className="font-semibold">{t.app.name}</p>
          <p className="text-sm">
            <span data-testid="current-user">{actor.name}</span> <SignOutButton label={t.nav.signOut} />
          </p>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <h1 className="mb-4 text-2xl font-semibold text-stone-900">{t.password.title}</h1>
        {actor.mustChangePassword ? (
          <p role="status" className="mb-4 max-w-md rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t.password.mustChange}</p>
        ) : (
          <p className="mb-4"><Link href="/">{t.password.backToApp}</Link></p>
        )}
        <ChangePasswordForm
          action={changeOwnPasswordAction}
          text={{ current: t.password.current, new: t.password.new, newHint: t.password.newHint, confirm: t.password.confirm, submit: t.password.submit, submitting: t.password.submitting }}
        />
      </main>
    </>
  );
}
