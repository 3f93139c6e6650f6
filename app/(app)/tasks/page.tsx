import type { Metadata } from 'next';
import Link from 'next/link';
import { TaskFiltersForm } from '@/components/task/task-filters-form.tsx';
import { TaskTable } from '@/components/task/task-table.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { can } from '@/lib/auth/permissions.ts';
import { now } from '@/lib/clock.ts';
import { todayInVietnam } from '@/lib/domain/task-deadline.ts';
import { formatNumber } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { firstValues, taskCriteriaQuery, taskFiltersSchema } from '@/lib/schemas/task-filters.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { findTasks } from '@/lib/server/tasks/find-tasks.ts';
import { getTaskFilterOptions } from '@/lib/server/tasks/get-task-filter-options.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.tasks.title };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function TasksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('task.read');
  const params = firstValues(await searchParams);
  const filters = taskFiltersSchema.parse(params);
  const today = todayInVietnam(now());
  const [{ t, locale }, page, options] = await Promise.all([getMessages(), findTasks({ actor, filters, today }), getTaskFilterOptions({ actor, ownerId: filters.ownerId, personId: filters.personId, planId: filters.planId, conferenceId: filters.conferenceId })]);
  const pageHref = (target: number) => `/tasks?${new URLSearchParams({ ...params, page: String(target) }).toString()}`;
  return (
    <>
      <PageHeader title={t.tasks.title}>
        {interpolate(page.capped ? t.tasks.list.countOver : t.tasks.list.count, { count: formatNumber(page.total, locale) })}
        {page.total > 0 ? (
          <>
            {' · '}
            {/* A plain download link: the route reads the same filters (this view's, without the page). */}
            <a href={`/api/tasks/export?${taskCriteriaQuery(filters)}`} download className="font-medium">{t.tasks.export.link}</a>
          </>
        ) : null}
        {can(actor.roles, 'task.create') ? (
          <>
            {' · '}
            <Link href="/tasks/new" className="font-medium">{t.tasks.form.create}</Link>
          </>
        ) : null}
      </PageHeader>
      <TaskFiltersForm filters={filters} options={options} t={t} locale={locale} />
      {page.rows.length === 0 ? <p>{t.tasks.list.noMatch}</p> : <TaskTable rows={page.rows} today={today} caption={t.tasks.title} t={t} locale={locale} />}
      {page.page > 1 || page.hasNext ? (
        <nav aria-label={t.tasks.list.pagination} className="mt-4 flex items-center gap-4 text-sm">
          {page.page > 1 ? <Link href={pageHref(page.page - 1)} rel="prev">{t.tasks.list.previous}</Link> : null}
          <span>{page.pageCount === null ? interpolate(t.tasks.list.pageOnly, { page: page.page }) : interpolate(t.tasks.list.pageOf, { page: page.page, pages: page.pageCount })}</span>
          {page.hasNext ? <Link href={pageHref(page.page + 1)} rel="next">{t.tasks.list.next}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
