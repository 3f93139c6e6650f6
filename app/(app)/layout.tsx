import Link from 'next/link';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/layout/language-switch.tsx';
import { NavLinks, type NavLink } from '@/components/layout/nav-links.tsx';
import { SearchBox } from '@/components/layout/search-box.tsx';
import { SignOutButton } from '@/components/layout/sign-out-button.tsx';
import { can } from '@/lib/auth/permissions.ts';
import { requireUser } from '@/lib/auth/session.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { isTopLevelAdmin } from '@/lib/server/audit/top-level-admin.ts';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireUser();
  const { t, locale } = await getMessages();
  const links: NavLink[] = [
    { href: '/', label: t.nav.home },
    ...(can(actor.roles, 'plan.read') ? [{ href: '/plans', label: t.nav.plans }] : []),
    { href: '/conferences', label: t.nav.conferences },
    { href: '/tasks', label: t.nav.tasks },
    ...(can(actor.roles, 'resolution.read') ? [{ href: '/resolutions', label: t.nav.resolutions }] : []),
    ...(can(actor.roles, 'member.read') ? [{ href: '/members', label: t.nav.members }] : []),
    ...(can(actor.roles, 'calendar.manageFeed') ? [{ href: '/calendar', label: t.nav.calendar }] : []),
    ...(can(actor.roles, 'account.read') ? [{ href: '/accounts', label: t.nav.accounts }] : []),
    ...(can(actor.roles, 'organization.read') ? [{ href: '/organisations', label: t.organizations.nav }] : []),
    ...(can(actor.roles, 'audit.read') && (await isTopLevelAdmin(actor)) ? [{ href: '/audit', label: t.audit.title }, { href: '/outbox', label: t.outbox.title }] : []),
  ];
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-2">
        {t.app.skipToContent}
      </a>
      <header className="no-print bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <div>
            <p className="font-semibold">{t.app.name}</p>
            <p className="text-xs text-white/80">{t.app.tagline}</p>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm">
              <span data-testid="current-user">{actor.name}</span>
              <span className="ml-2 rounded bg-white/15 px-1.5 py-0.5 text-xs">{actor.roles.map((role) => t.roles[role]).join(', ')}</span>
            </p>
            {can(actor.roles, 'search.use') ? <SearchBox label={t.search.label} placeholder={t.search.placeholder} submit={t.search.submit} /> : null}
            <LanguageSwitch current={locale} label={t.app.language} />
            <Link href="/account/password" className="rounded px-2 py-1 text-sm text-white no-underline hover:bg-white/10">{t.password.link}</Link>
            <Link href="/account/security" className="rounded px-2 py-1 text-sm text-white no-underline hover:bg-white/10">{t.secondFactor.link}</Link>
            <SignOutButton label={t.nav.signOut} />
          </div>
        </div>
      </header>
      <NavLinks links={links} label={t.nav.mainNavigation} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
