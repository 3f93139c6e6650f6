import { ConferenceList } from '@/components/conference/conference-list.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { requireUser } from '@/lib/auth/session.ts';
import { now } from '@/lib/clock.ts';
import { todayInVietnam } from '@/lib/domain/task-deadline.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { findConferences } from '@/lib/server/conferences/find-conferences.ts';
import { countTasksByDeadline } from '@/lib/server/tasks/count-tasks-by-deadline.ts';

export default async function HomePage() {
  const actor = await requireUser();
  const at = now();
  const [{ t, locale }, upcoming, recent, tasks] = await Promise.all([
    getMessages(),
    findConferences({ actor, when: 'upcoming', now: at, take: 5 }),
    findConferences({ actor, when: 'past', now: at, take: 5 }),
    countTasksByDeadline({ actor, today: todayInVietnam(at) }),
  ]);
  return (
    <>
      <PageHeader title={interpolate(t.home.greeting, { name: actor.name })} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div>
          <Section title={t.home.upcoming} id="upcoming">
            <ConferenceList conferences={upcoming} t={t} locale={locale} emptyText={t.home.noConferences} />
          </Section>
          <Section title={t.home.recent} id="recent">
            <ConferenceList conferences={recent} t={t} locale={locale} emptyText={t.home.noConferences} />
          </Section>
        </div>
        <Section title={t.home.tasksOverview} id="tasks">
          <dl className="grid grid-cols-3 gap-2 text-center">
            {([['overdue', tasks.overdue, 'text-red-800'], ['dueSoon', tasks.dueSoon, 'text-amber-800'], ['open', tasks.open, 'text-stone-900']] as const).map(([key, count, color]) => (
              <div key={key} className="rounded-md bg-stone-50 p-2">
                <dt className="text-xs text-stone-600">{t.home[key]}</dt>
                <dd className={`text-2xl font-semibold tabular-nums ${color}`} data-testid={`tasks-${key}`}>{count}</dd>
              </div>
            ))}
          </dl>
        </Section>
      </div>
    </>
  );
}
