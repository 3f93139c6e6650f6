import * as vega from 'vega';
import { describe, expect, it, vi as mock } from 'vitest';
import { completionChartSpec, completionSegments, type CompletionChartLabels } from '../../lib/charts/completion-chart-spec.ts';
import { renderChartSvg } from '../../lib/charts/render-chart-svg.ts';
import { targetChartSpec, valueDomain, type TargetChartLabels } from '../../lib/charts/target-chart-spec.ts';
import { targetSeries } from '../../lib/charts/target-series.ts';
import { estimateTextWidth } from '../../lib/charts/text-width.ts';
import { taskCompletion } from '../../lib/domain/task-completion.ts';
import { vi } from '../../lib/i18n/messages/vi.ts';

const term = { startYear: 2020, endYear: 2025 };
const labels = (percent: boolean, unit: string): TargetChartLabels => ({
  unit, percent, goal: 'Chỉ tiêu', baseline: 'Mốc ban đầu', statuses: vi.resolutions.statuses, qualifiers: vi.resolutions.qualifiers,
});
const completionLabels: CompletionChartLabels = { done: 'Hoàn thành', onTime: 'Trong hạn', overdue: 'Quá hạn', count: 'Số nhiệm vụ' };

type Values = { name: string; values?: Record<string, unknown>[] }[];
const dataOf = (spec: { data?: unknown }, name: string) => ((spec.data ?? []) as Values).find((data) => data.name === name)?.values;

const trainedLabour = targetSeries(
  { goalKind: 'AT_LEAST', targetValue: 70, targetMax: null, baselineValue: null, baselineYear: null, results: [{ period: 'MID_TERM', year: 2023, value: 69.5, qualifier: 'ESTIMATE' }] },
  term,
);

describe('the target chart spec', () => {
  it('labels each point as the report writes it, in Vietnamese, with its assessment in the legend', () => {
    const spec = targetChartSpec(trainedLabour, labels(true, '%'), 'vi');
    expect(dataOf(spec, 'points')).toEqual([{ year: '2023', value: 69.5, key: 'NOT_YET', legend: 'Chưa đạt', label: 'ước 69,5 %' }]);
    expect(dataOf(spec, 'goal')).toHaveLength(6);
    expect(spec.config?.locale?.number).toMatchObject({ decimal: ',', thousands: '.' });
    expect(spec.scales?.find((scale) => scale.name === 'x')).toMatchObject({ type: 'point', domain: ['2020', '2021', '2022', '2023', '2024', '2025'] });
    expect(spec.scales?.find((scale) => scale.name === 'color')).toMatchObject({ domain: ['Chưa đạt'] });
    expect(spec.legends).toHaveLength(2);
  });

  it('writes English numbers in English', () => {
    const spec = targetChartSpec(
      targetSeries({ goalKind: 'COUNT_OVER_TERM', targetValue: 70000, targetMax: null, baselineValue: null, baselineYear: null, results: [{ period: 'MID_TERM', year: 2023, value: 74909, qualifier: 'EXACT' }] }, term),
      { ...labels(false, 'people'), qualifiers: { EXACT: '', ESTIMATE: 'est.', BELOW: 'under', ABOVE: 'over' } },
      'en',
    );
    expect(dataOf(spec, 'points')?.[0]).toMatchObject({ label: '74,909', key: 'EXCEEDED' });
    expect(spec.config?.locale?.number).toMatchObject({ decimal: '.', thousands: ',' });
  });

  it('draws a band and the baseline for a reduction goal, and no goal legend when the goal is unknown', () => {
    const poverty = targetSeries(
      { goalKind: 'REDUCTION_PER_YEAR', targetValue: 1, targetMax: 1.2, baselineValue: 3.81, baselineYear: 2021, results: [{ period: 'YEAR', year: 2022, value: 2.81, qualifier: 'EXACT' }] },
      term,
    );
    const spec = targetChartSpec(poverty, labels(true, '%'), 'vi');
    expect(spec.marks?.map((mark) => mark.type)).toEqual(['area', 'line', 'line', 'line', 'symbol', 'text']);
    expect(dataOf(spec, 'points')?.map((point) => point.label)).toEqual(['3,81 %', '2,81 %']);
    expect(valueDomain(poverty)).toEqual([0, 3.81]);

    const unknown = targetSeries({ goalKind: 'AT_LEAST', targetValue: null, targetMax: null, baselineValue: null, baselineYear: null, results: [] }, term);
    const bare = targetChartSpec(unknown, labels(false, 'hộ'), 'vi');
    expect(bare.legends).toHaveLength(1);
    expect(bare.marks?.map((mark) => mark.type)).toEqual(['line', 'symbol', 'text']);
    expect(valueDomain(unknown)).toEqual([0, 1]);
  });
});

describe('the completion chart spec', () => {
  const rows = [
    { name: 'Chi bộ Phòng LĐ-VL', ...taskCompletion({ open: 12, overdue: 4, done: 30, cancelled: 2 }) },
    { name: 'Chi bộ Văn phòng', ...taskCompletion({ open: 0, overdue: 0, done: 0, cancelled: 1 }) },
  ];

  it('stacks done, on time and overdue end to end, leaving out empty parts', () => {
    expect(completionSegments(rows, completionLabels)).toEqual([
      { name: 'Chi bộ Phòng LĐ-VL', part: 'Hoàn thành', count: 30, start: 0, end: 30 },
      { name: 'Chi bộ Phòng LĐ-VL', part: 'Trong hạn', count: 8, start: 30, end: 38 },
      { name: 'Chi bộ Phòng LĐ-VL', part: 'Quá hạn', count: 4, start: 38, end: 42 },
    ]);
  });

  it('has one bar per unit and the share done at its end', () => {
    const spec = completionChartSpec(rows, completionLabels, 'vi');
    expect(spec.height).toBe(56);
    expect(dataOf(spec, 'totals')).toEqual([
      { name: 'Chi bộ Phòng LĐ-VL', owed: 42, label: '71 %' },
      { name: 'Chi bộ Văn phòng', owed: 0, label: '' },
    ]);
    expect(spec.scales?.find((scale) => scale.name === 'y')).toMatchObject({ domain: ['Chi bộ Phòng LĐ-VL', 'Chi bộ Văn phòng'] });
  });
});

describe('estimateTextWidth', () => {
  it('reads Vietnamese letters as their base letters and is narrower than Vega’s 0.8 em guess', () => {
    expect(estimateTextWidth('Đạt', 12)).toBe(estimateTextWidth('Dat', 12));
    const label = 'Chi bộ Phòng Lao động – Việc làm';
    expect(estimateTextWidth(label, 12)).toBeLessThan(0.8 * label.length * 12 * 0.75);
    expect(estimateTextWidth(label, 12, true)).toBeGreaterThan(estimateTextWidth(label, 12));
  });
});

describe('renderChartSvg', () => {
  it('draws an SVG announced as one labelled image, with Vietnamese numbers and escaped text', async () => {
    const vocational = targetSeries(
      { goalKind: 'COUNT_OVER_TERM', targetValue: 70000, targetMax: null, baselineValue: null, baselineYear: null, results: [{ period: 'MID_TERM', year: 2023, value: 74909, qualifier: 'EXACT' }] },
      term,
    );
    const svg = await renderChartSvg(targetChartSpec(vocational, labels(false, 'người'), 'vi'), { label: 'Tuyển sinh "nghề" <2023> & hơn' });
    expect(svg).toMatch(/^<svg role="img" aria-label="Tuyển sinh &quot;nghề&quot; &lt;2023&gt; &amp; hơn" focusable="false" /);
    expect(svg).toContain('>74.909</text>');
    expect(svg).toContain('>60.000</text>'); // a y tick, grouped with a dot
    expect(svg).toContain('>Vượt chỉ tiêu</text>');
    expect(svg).not.toContain('<script');
    // One image: none of its marks is announced on its own (axe: svg-img-alt), the root alone has a label.
    expect(svg).not.toMatch(/role="graphics-symbol"/);
    expect(svg.match(/aria-label=/g)).toHaveLength(1);
    // Compacted: the font once, on the root (text inherits it); no default opacity on every mark.
    expect(svg.match(/font-family=/g)).toHaveLength(1);
    expect(svg).toMatch(/^<svg [^>]*font-family="Segoe UI, Noto Sans/);
    expect(svg).not.toContain('opacity="1"');
    // The same figures and label are drawn once and then kept; another label is another image.
    const draw = mock.spyOn(vega.View.prototype, 'toSVG');
    expect(await renderChartSvg(targetChartSpec(vocational, labels(false, 'người'), 'vi'), { label: 'Tuyển sinh "nghề" <2023> & hơn' })).toBe(svg);
    expect(draw).not.toHaveBeenCalled();
    expect(await renderChartSvg(targetChartSpec(vocational, labels(false, 'người'), 'vi'), { label: 'Khác' })).toMatch(/^<svg role="img" aria-label="Khác"/);
    expect(draw).toHaveBeenCalledTimes(1);
    draw.mockRestore();

    const bars = await renderChartSvg(completionChartSpec([{ name: 'Chi bộ <Văn phòng>', ...taskCompletion({ open: 1, overdue: 1, done: 1, cancelled: 0 }) }], completionLabels, 'vi'), { label: 'x' });
    expect(bars).toContain('Chi bộ &lt;Văn phòng&gt;');
    expect(bars).toContain('>50 %</text>');
    expect(bars).not.toMatch(/role="graphics-symbol"/);
  });
});
