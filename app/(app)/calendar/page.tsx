import type { Metadata } from 'next';
import { CalendarFeedPanel } from '@/components/calendar/calendar-feed-panel.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { formatDate, formatTime } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { calendarFeedPath } from '@/lib/security/calendar-token.ts';
import { requestAppUrl } from '@/lib/server/app-url.ts';
import { getCalendarFeedLink } from '@/lib/server/calendar/get-calendar-feed-link.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { resetCalendarFeedAction } from './actions.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.calendar.title };
}

/** The user's own calendar feed: its private link, how to subscribe to it, and a reset. */
export default async function CalendarPage() {
  const actor = await requirePagePermission('calendar.manageFeed');
  const [{ t, locale }, link, appUrl] = await Promise.all([getMessages(), getCalendarFeedLink({ actor }), requestAppUrl()]);
  const createdAt = link.state === 'none' ? '' : interpolate(t.calendar.createdAt, { time: formatTime(link.createdAt, locale), date: formatDate(link.createdAt, locale) });
  const url = link.state === 'active' ? `${appUrl}${calendarFeedPath(link.token)}` : null;
  const feed = link.state === 'none'
    ? { state: 'none' as const }
    : url
      ? { state: 'active' as const, url, webcalUrl: url.replace(/^https?:/, 'webcal:'), createdAt }
      : { state: 'unavailable' as const, createdAt };
  return (
    <>
      <PageHeader title={t.calendar.title}>{t.calendar.intro}</PageHeader>
      <Section title={t.calendar.feedTitle} id="feed">
        <CalendarFeedPanel action={resetCalendarFeedAction} feed={feed} text={t.calendar} />
      </Section>
      <Section title={t.calendar.howToTitle} id="how-to">
        <ul className="list-disc space-y-2 pl-5 text-sm text-stone-800">
          <li>{t.calendar.howToGoogle}</li>
          <li>{t.calendar.howToOutlook}</li>
          <li>{t.calendar.howToPhone}</li>
          <li>{t.calendar.howToFile}</li>
        </ul>
        <p className="mt-3 text-sm text-stone-700">{t.calendar.timeZone}</p>
      </Section>
    </>
  );
}
