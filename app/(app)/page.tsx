import { AttendeeDashboard } from '@/components/dashboard/attendee-dashboard.tsx';
import { OfficeDashboard } from '@/components/dashboard/office-dashboard.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { requireUser } from '@/lib/auth/session.ts';
import { now } from '@/lib/clock.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { getAttendeeDashboard } from '@/lib/server/dashboard/get-attendee-dashboard.ts';
import { getOfficeDashboard } from '@/lib/server/dashboard/get-office-dashboard.ts';

export default async function HomePage() {
  const actor = await requireUser();
  const { t, locale } = await getMessages();
  // The office (admins and secretaries) gets the office's dashboard; anyone else, their own.
  const office = actor.roles.includes('ADMIN') || actor.roles.includes('SECRETARY');
  return (
    <>
      <PageHeader title={interpolate(t.home.greeting, { name: actor.name })} />
      {office ? (
        <OfficeDashboard data={await getOfficeDashboard({ actor, now: now() })} t={t} locale={locale} />
      ) : (
        <AttendeeDashboard data={await getAttendeeDashboard({ actor, now: now() })} memberId={actor.memberId} t={t} locale={locale} />
      )}
    </>
  );
}
