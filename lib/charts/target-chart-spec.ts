// A target's chart: its results over the term as points joined by a line, coloured and shaped by their
// achievement, over the goal drawn as a dashed line or a shaded band. Pure: a Vega spec from the
// series, so a unit test reads what will be drawn. The figures are formatted here, with the app's
// formatters, so the labels say exactly what the table beside the chart says.
import type { Spec } from 'vega';
import type { AchievementStatus, ResultQualifier } from '../domain/achievement.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { CHART_COLORS, chartConfig, NUMBER_FORMAT } from './chart-config.ts';
import type { TargetSeries } from './target-series.ts';

export interface TargetChartLabels {
  /** The unit, shown as the y axis title: "%", "người", "tỷ đồng". */
  unit: string;
  /** Whether values are percentages (written "69,5 %"). */
  percent: boolean;
  goal: string;
  baseline: string;
  statuses: Record<AchievementStatus, string>;
  qualifiers: Record<ResultQualifier, string>;
}

const STATUS_STYLE: Record<AchievementStatus | 'BASELINE', { color: string; shape: string }> = {
  EXCEEDED: { color: CHART_COLORS.good, shape: 'circle' },
  ACHIEVED: { color: CHART_COLORS.good, shape: 'circle' },
  NOT_YET: { color: CHART_COLORS.warn, shape: 'diamond' },
  AT_RISK: { color: CHART_COLORS.bad, shape: 'triangle-down' },
  NO_DATA: { color: CHART_COLORS.neutral, shape: 'square' },
  BASELINE: { color: CHART_COLORS.neutral, shape: 'circle' },
};

export const TARGET_CHART_SIZE = { width: 300, height: 150 } as const;

/** A point's label as the report writes it: "ước 69,5 %", "trên 14", "357". */
export function pointLabel(value: number, qualifier: ResultQualifier, labels: Pick<TargetChartLabels, 'percent' | 'qualifiers'>, locale: Locale): string {
  const number = labels.percent ? `${formatNumber(value, locale)} %` : formatNumber(value, locale);
  return [labels.qualifiers[qualifier], number].filter(Boolean).join(' ');
}

/** The y axis from zero (or the lowest value, if negative) to the highest result or goal. */
export function valueDomain(series: TargetSeries): [number, number] {
  const values = [...series.points.map((point) => point.value), ...series.goal.flatMap((goal) => [goal.low, goal.high])];
  const low = Math.min(0, ...values);
  const high = Math.max(...values, low + 1);
  return [low, high];
}

export function targetChartSpec(series: TargetSeries, labels: TargetChartLabels, locale: Locale): Spec {
  const points = series.points.map((point) => {
    const key = point.kind === 'BASELINE' ? 'BASELINE' : (point.status ?? 'NO_DATA');
    return {
      year: String(point.year),
      value: point.value,
      key,
      legend: key === 'BASELINE' ? labels.baseline : labels.statuses[key],
      label: pointLabel(point.value, point.qualifier, labels, locale),
    };
  });
  const goal = series.goal.map((entry) => ({ year: String(entry.year), low: entry.low, high: entry.high }));
  // One legend entry per kind of point present, in a fixed order, with its colour and shape.
  const keys = (['BASELINE', 'EXCEEDED', 'ACHIEVED', 'NOT_YET', 'AT_RISK', 'NO_DATA'] as const).filter((key) => points.some((point) => point.key === key));
  const legendLabels = keys.map((key) => (key === 'BASELINE' ? labels.baseline : labels.statuses[key]));

  const goalMarks: Spec['marks'] =
    series.goalShape === 'none'
      ? []
      : [
          ...(series.goalShape === 'band'
            ? [{
                type: 'area' as const,
                from: { data: 'goal' },
                encode: {
                  enter: {
                    x: { scale: 'x', field: 'year' }, y: { scale: 'y', field: 'low' }, y2: { scale: 'y', field: 'high' },
                    fill: { value: CHART_COLORS.goalBand }, fillOpacity: { value: 0.7 },
                  },
                },
              }]
            : []),
          ...(series.goalShape === 'band' ? (['low', 'high'] as const) : (['high'] as const)).map((edge) => ({
            type: 'line' as const,
            from: { data: 'goal' },
            encode: {
              enter: {
                x: { scale: 'x', field: 'year' }, y: { scale: 'y', field: edge },
                stroke: { value: CHART_COLORS.goal }, strokeWidth: { value: 1.5 }, strokeDash: { value: [6, 4] },
              },
            },
          })),
        ];

  return {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    ...TARGET_CHART_SIZE,
    padding: 8,
    config: chartConfig(locale),
    data: [
      { name: 'goal', values: goal },
      { name: 'points', values: points },
    ],
    scales: [
      { name: 'x', type: 'point', domain: series.years.map(String), range: 'width', padding: 0.5 },
      { name: 'y', type: 'linear', domain: valueDomain(series), range: 'height', nice: true, zero: false },
      { name: 'color', type: 'ordinal', domain: legendLabels, range: keys.map((key) => STATUS_STYLE[key].color) },
      { name: 'shape', type: 'ordinal', domain: legendLabels, range: keys.map((key) => STATUS_STYLE[key].shape) },
      { name: 'goalLegend', type: 'ordinal', domain: series.goalShape === 'none' ? [] : [labels.goal], range: [CHART_COLORS.goal] },
    ],
    axes: [
      { orient: 'bottom', scale: 'x', labelOverlap: true },
      { orient: 'left', scale: 'y', format: NUMBER_FORMAT, tickCount: 5, grid: true, title: labels.unit },
    ],
    legends: [
      { fill: 'color', shape: 'shape', orient: 'bottom', direction: 'vertical', symbolSize: 70 },
      ...(series.goalShape === 'none'
        ? []
        : [{
            stroke: 'goalLegend', orient: 'bottom' as const, direction: 'vertical' as const, symbolType: 'stroke', symbolSize: 400,
            encode: { symbols: { update: { strokeDash: { value: [6, 4] }, strokeWidth: { value: 1.5 } } } },
          }]),
    ],
    marks: [
      ...goalMarks,
      {
        type: 'line',
        from: { data: 'points' },
        encode: { enter: { x: { scale: 'x', field: 'year' }, y: { scale: 'y', field: 'value' }, stroke: { value: CHART_COLORS.neutral }, strokeWidth: { value: 1.5 } } },
      },
      {
        type: 'symbol',
        from: { data: 'points' },
        encode: {
          enter: {
            x: { scale: 'x', field: 'year' }, y: { scale: 'y', field: 'value' }, size: { value: 90 },
            shape: { scale: 'shape', field: 'legend' }, fill: { scale: 'color', field: 'legend' }, stroke: { value: '#ffffff' }, strokeWidth: { value: 1 },
          },
        },
      },
      {
        type: 'text',
        from: { data: 'points' },
        encode: {
          enter: {
            x: { scale: 'x', field: 'year' }, y: { scale: 'y', field: 'value', offset: -9 },
            text: { field: 'label' }, align: { value: 'center' }, baseline: { value: 'bottom' }, fontWeight: { value: 'bold' },
          },
        },
      },
    ],
  };
}
