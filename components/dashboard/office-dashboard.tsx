import { ConferenceList } from '@/components/conference/conference-list.tsx';
import { Section } from '@/components/ui/section.tsx';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { OfficeDashboard as OfficeDashboardData } from '@/lib/server/dashboard/get-office-dashboard.ts';
import { CompletionByOwner } from './completion-by-owner.tsx';
import { DashboardTaskList } from './dashboard-task-list.tsx';
import { SeeAllLink } from './see-all-link.tsx';
import { TargetProgressCharts } from './target-progress.tsx';
import { TaskSummary } from './task-summary.tsx';
import { dueSoonTasksHref, overdueTasksHref } from './task-links.ts';

/** The party office's home page: conferences, tasks that need chasing, completion by unit, targets. */
export function OfficeDashboard({ data, t, locale }: { data: OfficeDashboardData; t: Messages; locale: Locale }) {
  const { today, taskCounts, deadlineTasks } = data;
  return (
    <>
      <div className="grid gap-x-6 lg:grid-cols-[2fr_1fr]">
        <div className="min-w-0">
          <Section title={t.home.upcoming} id="upcoming">
            <ConferenceList conferences={data.upcoming} t={t} locale={locale} emptyText={t.home.noConferences} />
          </Section>
          <Section title={t.dashboard.overdueTitle} id="overdue" actions={<SeeAllLink href={overdueTasksHref()} count={taskCounts.overdue} t={t} />}>
            <DashboardTaskList rows={deadlineTasks.overdue} today={today} t={t} locale={locale} emptyText={t.dashboard.noOverdue} testId="overdue-task" />
          </Section>
          <Section title={t.dashboard.dueSoonTitle} id="due-soon" actions={<SeeAllLink href={dueSoonTasksHref(today)} count={taskCounts.dueSoon} t={t} />}>
            <DashboardTaskList rows={deadlineTasks.dueSoon} today={today} t={t} locale={locale} emptyText={t.dashboard.noDueSoon} testId="due-soon-task" />
          </Section>
        </div>
        <div className="min-w-0">
          <Section title={t.home.tasksOverview} id="tasks">
            <TaskSummary counts={taskCounts} today={today} t={t} />
          </Section>
          <Section title={t.home.recent} id="recent">
            <ConferenceList conferences={data.recent} t={t} locale={locale} emptyText={t.home.noConferences} />
          </Section>
        </div>
      </div>
      <Section title={t.dashboard.completionTitle} id="completion">
        <CompletionByOwner owners={data.owners} today={today} t={t} locale={locale} />
      </Section>
      <Section title={t.dashboard.targetsTitle} id="targets">
        <TargetProgressCharts resolutions={data.targets} t={t} locale={locale} />
      </Section>
    </>
  );
}
