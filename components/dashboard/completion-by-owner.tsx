import Link from 'next/link';
import { completionChartSpec } from '@/lib/charts/completion-chart-spec.ts';
import { unitsMostInNeed } from '@/lib/domain/task-completion.ts';
import { formatCalendarDate } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { OwnerCompletion } from '@/lib/server/dashboard/count-tasks-by-owner.ts';
import { ChartFigure } from './chart-figure.tsx';
import { CompletionTable } from './completion-table.tsx';

/**
 * How many units one chart shows: a department's cells fit; a province's hundreds of units would be a
 * chart nobody reads (and a page that grows with the province), so the rest are a link away.
 */
export const DASHBOARD_UNITS = 12;

/** Done, on time and overdue tasks per owner unit, as a bar chart and, behind it, a table. */
export async function CompletionByOwner({ owners, today, t, locale }: { owners: OwnerCompletion[]; today: string; t: Messages; locale: Locale }) {
  if (owners.length === 0) return <p className="text-sm text-stone-600">{t.dashboard.noTasks}</p>;
  const text = t.dashboard;
  const shown = unitsMostInNeed(owners, DASHBOARD_UNITS);
  const spec = completionChartSpec(shown, { done: text.done, onTime: text.onTime, overdue: t.home.overdue, count: text.taskCount }, locale);
  return (
    <>
      {shown.length < owners.length ? (
        <p className="mb-2 text-sm text-stone-700" data-testid="completion-most-in-need">
          {interpolate(text.mostInNeed, { shown: shown.length, count: owners.length })}{' '}
          <Link href="/tasks/by-unit">{interpolate(text.allUnits, { count: owners.length })}</Link>
        </p>
      ) : null}
      <ChartFigure
        spec={spec}
        label={interpolate(text.completionChartLabel, { count: shown.length })}
        caption={interpolate(text.completionCaption, { date: formatCalendarDate(new Date(`${today}T00:00:00Z`), locale) })}
        tableLabel={text.showTable}
        testId="completion-chart"
      >
        <CompletionTable owners={shown} caption={text.completionTitle} t={t} locale={locale} />
      </ChartFigure>
    </>
  );
}
