import type { Metadata } from 'next';
import Link from 'next/link';
import { ConferenceList } from '@/components/conference/conference-list.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { can } from '@/lib/auth/permissions.ts';
import { now } from '@/lib/clock.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { findConferences } from '@/lib/server/conferences/find-conferences.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.conferences.title };
}

export default async function ConferencesPage() {
  const actor = await requirePagePermission('conference.read');
  const at = now();
  const [{ t, locale }, upcoming, past] = await Promise.all([
    getMessages(),
    findConferences({ actor, when: 'upcoming', now: at }),
    findConferences({ actor, when: 'past', now: at }),
  ]);
  return (
    <>
      <PageHeader title={t.conferences.title}>
        {can(actor.roles, 'conference.create') ? (
          <Link href="/conferences/new" className="inline-block rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white no-underline hover:bg-brand-800">{t.conferenceTools.newConference}</Link>
        ) : null}
      </PageHeader>
      <Section title={t.home.upcoming} id="upcoming">
        <ConferenceList conferences={upcoming} t={t} locale={locale} emptyText={t.home.noConferences} />
      </Section>
      <Section title={t.home.recent} id="past">
        <ConferenceList conferences={past} t={t} locale={locale} emptyText={t.home.noConferences} />
      </Section>
    </>
  );
}
