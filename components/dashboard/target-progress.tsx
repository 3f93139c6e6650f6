import { goalText } from '@/components/resolution/target-format.ts';
import { Td, Th } from '@/components/ui/table.tsx';
import { targetChartSpec } from '@/lib/charts/target-chart-spec.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { TargetProgress, TargetProgressTarget } from '@/lib/server/dashboard/find-target-progress.ts';
import { ChartFigure } from './chart-figure.tsx';
import { assessmentText, goalInYear, resultText, targetChartLabel } from './target-text.ts';

/** Each target of the current term's resolutions: its results over the term against its goal. */
export function TargetProgressCharts({ resolutions, t, locale }: { resolutions: TargetProgress; t: Messages; locale: Locale }) {
  if (resolutions.length === 0) return <p className="text-sm text-stone-600">{t.dashboard.noTargets}</p>;
  return resolutions.map((resolution) => (
    <div key={resolution.id} className="mb-4 last:mb-0">
      <h3 className="mb-3 text-sm font-medium text-stone-700">{interpolate(t.dashboard.targetsOf, { resolution: resolution.title, term: resolution.term.name })}</h3>
      <div className="grid gap-6 md:grid-cols-2">
        {resolution.targets.map((target) => <TargetChart key={target.id} target={target} t={t} locale={locale} />)}
      </div>
    </div>
  ));
}

async function TargetChart({ target, t, locale }: { target: TargetProgressTarget; t: Messages; locale: Locale }) {
  const text = t.dashboard;
  const spec = targetChartSpec(
    target.series,
    {
      unit: t.resolutions.units[target.unit], percent: target.unit === 'PERCENT', goal: text.goal, baseline: text.baseline,
      statuses: t.resolutions.statuses, qualifiers: t.resolutions.qualifiers,
    },
    locale,
  );
  const goalByYear = new Map(target.series.goal.map((goal) => [goal.year, goal]));
  return (
    <ChartFigure
      spec={spec}
      label={targetChartLabel(target, t, locale)}
      caption={<><span className="block font-medium text-stone-900">{target.position}. {target.name}</span>{interpolate(text.targetCaption, { goal: goalText(target, t, locale) })}</>}
      tableLabel={text.showTable}
      testId="target-chart"
    >
      {target.series.points.length === 0 ? (
        <p className="text-stone-600">{text.targetNoResults}</p>
      ) : (
        // Four narrow columns: no minimum width, so the table fits the chart's column without scrolling.
        <table className="data-table w-full border-collapse text-left text-sm">
          <caption className="sr-only">{target.name}</caption>
          <thead>
            <tr>
              <Th>{text.year}</Th>
              <Th className="text-right">{text.result}</Th>
              <Th className="text-right">{text.goalInYear}</Th>
              <Th>{text.assessment}</Th>
            </tr>
          </thead>
          <tbody>
            {target.series.points.map((point) => (
              <tr key={`${point.kind}-${point.year}-${point.period ?? ''}`}>
                <Td className="tabular-nums">{point.period ? interpolate(t.resolutions.periods[point.period], { year: point.year }) : point.year}</Td>
                <Td className="text-right tabular-nums">{resultText(point, target.unit, t, locale)}</Td>
                <Td className="text-right tabular-nums">{goalInYear(goalByYear.get(point.year), target.unit, t, locale)}</Td>
                <Td>{assessmentText(point, target.unit, t, locale)}</Td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ChartFigure>
  );
}
