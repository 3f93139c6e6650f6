import type { Metadata } from 'next';
import Link from 'next/link';
import { CompletionTable } from '@/components/dashboard/completion-table.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { now } from '@/lib/clock.ts';
import { todayInVietnam } from '@/lib/domain/task-deadline.ts';
import { formatCalendarDate } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { countTasksByOwner } from '@/lib/server/dashboard/count-tasks-by-owner.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.dashboard.completionTitle };
}

/** Every owner unit's tasks in one table: the dashboard's chart shows only the units most in need. */
export default async function TasksByUnitPage() {
  const actor = await requirePagePermission('task.read');
  const today = todayInVietnam(now());
  const [{ t, locale }, owners] = await Promise.all([getMessages(), countTasksByOwner({ actor, today })]);
  return (
    <>
      <PageHeader title={t.dashboard.completionTitle} eyebrow={<Link href="/">{t.nav.home}</Link>}>
        {interpolate(t.dashboard.allUnitsIntro, { date: formatCalendarDate(new Date(`${today}T00:00:00Z`), locale) })}
      </PageHeader>
      {owners.length === 0 ? <p>{t.dashboard.noTasks}</p> : <CompletionTable owners={owners} caption={t.dashboard.completionTitle} t={t} locale={locale} />}
    </>
  );
}
