import Link from 'next/link';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { completionChartSpec } from '@/lib/charts/completion-chart-spec.ts';
import { formatCalendarDate, formatPercent } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { OwnerCompletion } from '@/lib/server/dashboard/count-tasks-by-owner.ts';
import { ChartFigure } from './chart-figure.tsx';
import { ownerTasksHref } from './task-links.ts';

/** Done, on time and overdue tasks per owner unit, as a bar chart and, behind it, a table. */
export async function CompletionByOwner({ owners, today, t, locale }: { owners: OwnerCompletion[]; today: string; t: Messages; locale: Locale }) {
  if (owners.length === 0) return <p className="text-sm text-stone-600">{t.dashboard.noTasks}</p>;
  const text = t.dashboard;
  const spec = completionChartSpec(owners, { done: text.done, onTime: text.onTime, overdue: t.home.overdue, count: text.taskCount }, locale);
  return (
    <ChartFigure
      spec={spec}
      label={interpolate(text.completionChartLabel, { count: owners.length })}
      caption={interpolate(text.completionCaption, { date: formatCalendarDate(new Date(`${today}T00:00:00Z`), locale) })}
      tableLabel={text.showTable}
      testId="completion-chart"
    >
      <Table caption={text.completionTitle}>
        <thead>
          <tr>
            <Th>{text.unit}</Th>
            <Th className="text-right">{text.open}</Th>
            <Th className="text-right">{text.ofWhichOverdue}</Th>
            <Th className="text-right">{text.done}</Th>
            <Th className="text-right">{text.cancelled}</Th>
            <Th className="text-right">{text.percentDone}</Th>
          </tr>
        </thead>
        <tbody>
          {owners.map((owner) => (
            <tr key={owner.organizationId} data-testid="completion-row">
              <Td><Link href={ownerTasksHref(owner.organizationId)}>{owner.name}</Link></Td>
              <Td className="text-right tabular-nums">{owner.open}</Td>
              <Td className={`text-right tabular-nums ${owner.overdue > 0 ? 'font-semibold text-red-800' : ''}`}>{owner.overdue}</Td>
              <Td className="text-right tabular-nums">{owner.done}</Td>
              <Td className="text-right tabular-nums">{owner.cancelled}</Td>
              <Td className="text-right tabular-nums">{owner.percentDone === null ? '' : formatPercent(owner.percentDone, locale)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </ChartFigure>
  );
}
