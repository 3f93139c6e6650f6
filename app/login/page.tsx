import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LanguageSwitch } from '@/components/layout/language-switch.tsx';
import { getActor } from '@/lib/auth/session.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { LoginForm } from './login-form.tsx';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.login.title };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  if (await getActor()) redirect('/');
  const { t, locale } = await getMessages();
  const { callbackUrl } = await searchParams;
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between bg-brand-800 px-4 py-3 text-white">
        <span className="font-semibold">{t.app.name}</span>
        <LanguageSwitch current={locale} label={t.app.language} />
      </header>
      <main className="flex flex-1 items-center justify-center p-4">
        <div className="w-full max-w-sm rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold">{t.login.title}</h1>
          <p className="mb-6 mt-1 text-sm text-stone-600">{t.login.intro}</p>
          <LoginForm text={t.login} secondFactorText={t.secondFactor.login} locale={locale} callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : undefined} />
        </div>
      </main>
    </div>
  );
}
