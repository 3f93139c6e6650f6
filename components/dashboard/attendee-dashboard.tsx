import { ConferenceList } from '@/components/conference/conference-list.tsx';
import { Section } from '@/components/ui/section.tsx';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { AttendeeDashboard as AttendeeDashboardData } from '@/lib/server/dashboard/get-attendee-dashboard.ts';
import { DashboardTaskList } from './dashboard-task-list.tsx';
import { SeeAllLink } from './see-all-link.tsx';
import { ownerTasksHref, personTasksHref } from './task-links.ts';

/** An attendee's home page: the conferences they are invited to (with their answer) and their open tasks. */
export function AttendeeDashboard({ data, memberId, t, locale }: { data: AttendeeDashboardData; memberId: string; t: Messages; locale: Locale }) {
  const { today, tasks } = data;
  return (
    <div className="grid gap-x-6 lg:grid-cols-2">
      <div className="min-w-0">
        <Section title={t.dashboard.myNextConferences} id="upcoming">
          <ConferenceList conferences={data.upcoming} t={t} locale={locale} emptyText={t.home.noConferences} />
        </Section>
        <Section title={t.home.recent} id="recent">
          <ConferenceList conferences={data.recent} t={t} locale={locale} emptyText={t.home.noConferences} />
        </Section>
      </div>
      <div className="min-w-0">
        <Section title={t.dashboard.myTasks} id="my-tasks" actions={<SeeAllLink href={personTasksHref(memberId)} count={tasks.mine.total} t={t} />}>
          <DashboardTaskList rows={tasks.mine.rows} today={today} t={t} locale={locale} emptyText={t.dashboard.noOpenTasks} testId="my-task" />
        </Section>
        <Section title={t.dashboard.unitTasks} id="unit-tasks" actions={<SeeAllLink href={ownerTasksHref(tasks.unit.organizationId)} count={tasks.unit.total} t={t} />}>
          <DashboardTaskList rows={tasks.unit.rows} today={today} t={t} locale={locale} emptyText={t.dashboard.noOpenTasks} testId="unit-task" />
        </Section>
      </div>
    </div>
  );
}
