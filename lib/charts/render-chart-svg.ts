import 'server-only';
import { LRUCache } from 'lru-cache';
import * as vega from 'vega';
import { CHART_FONT } from './chart-config.ts';
import { compactSvg } from './compact-svg.ts';
import { estimateTextWidth } from './text-width.ts';

// The one module that draws: a Vega spec to an SVG string, on the server, headless (no canvas, no
// DOM), so a chart costs the browser no JavaScript and the CSP nothing (docs/decisions/008-charts.md).
// Vega escapes the text it writes; the label is escaped here.

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}

// Without a canvas Vega lays text out by a rough guess; `textMetrics.width` is its hook for a better
// one (vl-convert sets it the same way), untyped in vega-typings. See the fallback in
// https://github.com/vega/vega/blob/main/packages/vega-scenegraph/src/util/text.js
const { textMetrics } = vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } };
textMetrics.width = (item, text) => {
  const fontSize = item.fontSize ?? 11;
  const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
  const width = estimateTextWidth(text == null ? '' : String(text).trim(), fontSize, bold);
  // A label with a limit is cut to it (with an ellipsis) when drawn.
  return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
};

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Vega gives each mark role="graphics-symbol" and a description unless the mark itself says `aria:
 * false` (the `config.mark` block does not reach this property), and axe counts every unnamed one as
 * an image without a text alternative. The chart is one image, so no mark inside it is announced.
 */
function silenceMarks(spec: vega.Spec): vega.Spec {
  return { ...spec, marks: spec.marks?.map((mark) => ({ ...mark, aria: false })) };
}

/**
 * Drawn charts by their spec and label: the same figures give the same SVG, and drawing is the dearest
 * part of the dashboard (about 50 ms of CPU for its nine charts, measured by `npm run bench`), while the
 * figures change a few times a day. Bounded, oldest out first; each server process keeps its own, so
 * nothing depends on which replica answers.
 */
const drawn = new LRUCache<string, string>({ max: 200 });

/** The chart as one image for assistive technology: role="img" with `label`; the figures go in a table beside it. */
export async function renderChartSvg(spec: vega.Spec, { label }: { label: string }): Promise<string> {
  const key = `${label}\u0000${JSON.stringify(spec)}`;
  const known = drawn.get(key);
  if (known !== undefined) return known;
  const svg = await drawSvg(spec, label);
  drawn.set(key, svg);
  return svg;
}

async function drawSvg(spec: vega.Spec, label: string): Promise<string> {
  const view = new vega.View(vega.parse(silenceMarks(spec)), { renderer: 'none' });
  try {
    const svg = compactSvg(await view.toSVG(), CHART_FONT);
    return svg.replace(/^<svg /, `<svg role="img" aria-label="${escapeAttribute(label)}" focusable="false" `);
  } finally {
    view.finalize();
  }
}
