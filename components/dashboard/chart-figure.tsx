import type { ReactNode } from 'react';
import type { Spec } from 'vega';
import { renderChartSvg } from '@/lib/charts/render-chart-svg.ts';

/**
 * A chart drawn on the server as SVG (no client JavaScript), in a figure with its caption, announced as
 * one image with `label`, and the same figures as a table behind "show the figures" for anyone who would
 * rather read them, screen readers included.
 */
export async function ChartFigure({ spec, label, caption, tableLabel, children, testId }: {
  spec: Spec;
  label: string;
  caption: ReactNode;
  tableLabel: string;
  /** The table of the figures the chart draws. */
  children: ReactNode;
  testId?: string;
}) {
  const svg = await renderChartSvg(spec, { label });
  return (
    <figure className="min-w-0" data-testid={testId}>
      <figcaption className="mb-2 text-sm text-stone-700">{caption}</figcaption>
      {/* The SVG is Vega's output from our own data: Vega escapes every text it writes. */}
      <div className="[&>svg]:h-auto [&>svg]:max-w-full" dangerouslySetInnerHTML={{ __html: svg }} />
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-stone-700">{tableLabel}</summary>
        <div className="mt-2">{children}</div>
      </details>
    </figure>
  );
}
