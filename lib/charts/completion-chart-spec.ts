// Completion by owner organisation: one horizontal bar per unit, split into done, open on time and
// overdue (lib/domain/task-completion.ts), with the share done written at its end. Pure: the stacking
// is done here, not by a Vega transform, so a unit test sees every segment's start and end.
import type { Spec } from 'vega';
import type { TaskCompletion } from '../domain/task-completion.ts';
import type { Locale } from '../i18n/locale.ts';
import { CHART_COLORS, chartConfig } from './chart-config.ts';

export interface CompletionRow extends Pick<TaskCompletion, 'done' | 'onTime' | 'overdue' | 'owed' | 'percentDone'> {
  name: string;
}

export interface CompletionChartLabels {
  done: string;
  onTime: string;
  overdue: string;
  /** The x axis title: "Số nhiệm vụ". */
  count: string;
}

const PARTS = ['done', 'onTime', 'overdue'] as const;
const PART_COLOR = { done: CHART_COLORS.good, onTime: CHART_COLORS.info, overdue: CHART_COLORS.bad } as const;

export const COMPLETION_BAR_HEIGHT = 28;

export interface CompletionSegment {
  name: string;
  part: string;
  count: number;
  start: number;
  end: number;
}

/** The bars' segments, each starting where the previous part of its unit ends; empty parts are left out. */
export function completionSegments(rows: readonly CompletionRow[], labels: CompletionChartLabels): CompletionSegment[] {
  return rows.flatMap((row) => {
    let start = 0;
    return PARTS.flatMap((part) => {
      const count = row[part];
      if (count === 0) return [];
      const segment = { name: row.name, part: labels[part], count, start, end: start + count };
      start += count;
      return [segment];
    });
  });
}

export function completionChartSpec(rows: readonly CompletionRow[], labels: CompletionChartLabels, locale: Locale): Spec {
  const totals = rows.map((row) => ({ name: row.name, owed: row.owed, label: row.percentDone === null ? '' : `${row.percentDone} %` }));
  return {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    width: 380,
    height: Math.max(1, rows.length) * COMPLETION_BAR_HEIGHT,
    padding: 8,
    config: chartConfig(locale),
    data: [
      { name: 'segments', values: completionSegments(rows, labels) },
      { name: 'totals', values: totals },
    ],
    scales: [
      { name: 'y', type: 'band', domain: rows.map((row) => row.name), range: 'height', paddingInner: 0.25, paddingOuter: 0.1 },
      { name: 'x', type: 'linear', domain: [0, Math.max(1, ...rows.map((row) => row.owed))], range: 'width', nice: true },
      { name: 'color', type: 'ordinal', domain: PARTS.map((part) => labels[part]), range: PARTS.map((part) => PART_COLOR[part]) },
    ],
    axes: [
      { orient: 'left', scale: 'y', labelLimit: 200, ticks: false, domain: false },
      // Whole tasks: no fractional ticks on a small count.
      { orient: 'bottom', scale: 'x', format: ',d', tickMinStep: 1, tickCount: 5, grid: true, title: labels.count },
    ],
    legends: [{ fill: 'color', orient: 'top', direction: 'horizontal', symbolType: 'square', symbolSize: 120 }],
    marks: [
      {
        type: 'rect',
        from: { data: 'segments' },
        encode: {
          enter: {
            y: { scale: 'y', field: 'name' }, height: { scale: 'y', band: 1 },
            x: { scale: 'x', field: 'start' }, x2: { scale: 'x', field: 'end' },
            fill: { scale: 'color', field: 'part' }, stroke: { value: '#ffffff' }, strokeWidth: { value: 1 },
          },
        },
      },
      {
        type: 'text',
        from: { data: 'totals' },
        encode: {
          enter: {
            y: { scale: 'y', field: 'name', band: 0.5 }, x: { scale: 'x', field: 'owed', offset: 6 },
            text: { field: 'label' }, baseline: { value: 'middle' }, fontWeight: { value: 'bold' },
          },
        },
      },
    ],
  };
}
