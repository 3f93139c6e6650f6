// The table `npm run bench` prints, the ratios to the floor and the limit, the L/S growth and the bars of
// issue 7. Returns false when a bar fails.
import type { Scale } from './generate-data.ts';

export interface PageFigures {
  key: string;
  rps16: number;
  rps64: number;
  /** The fixed rate of the latency run (req/s). */
  rate: number;
  p50: number;
  p99: number;
  cpuMs: number;
  statements: number;
  bytes: number;
  jsGzip: number | null;
  failures: number;
}

export interface ScaleFigures {
  scale: Scale;
  pages: PageFigures[];
  action: { p50: number; p99: number; cpuMs: number; statements: number; rate: number; failures: number };
  rss: { next: number; limit: number };
}

const BARS = { floor: 0.8, limitWarning: 0.05, p99: 100, growth: 1.3, jsKb: 170 };
const APP_PAGES = ['agenda', 'tasks', 'dashboard', 'rsc'];
const LIMIT_OF: Record<string, string> = { agenda: 'limit agenda', tasks: 'limit tasks', rsc: 'limit tasks' };

const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function printReport(scales: ScaleFigures[], run: { seconds: number; repeats: number; quick: boolean }): boolean {
  const lines: string[] = [];
  const bars: { bar: string; pass: boolean; detail: string }[] = [];
  const columns = ['page', 'req/s 16', 'req/s 64', '×floor 16/64', '×limit 16/64', 'rate', 'p50 ms', 'p99 ms', 'CPU ms/req', 'SQL/req', 'HTML kB', 'RSC kB', 'JS kB gz'];
  const widths = [13, 9, 9, 13, 13, 6, 7, 7, 11, 8, 8, 7, 9];
  const row = (cells: string[]) => cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join(' ');

  lines.push('', `Pages against the framework's floor and the hand-written limit (production build, PostgreSQL, no compression on any server)`);
  lines.push(`closed loop: autocannon, ${run.seconds} s per run, medians of ${run.repeats}, pages alternated; latency at a fixed rate of half the page's S saturation (open loop: evenly spaced, timed from each request's due time; medians of ${run.repeats})`);
  for (const figures of scales) {
    const { scale } = figures;
    const byKey = new Map(figures.pages.map((page) => [page.key, page]));
    const floor = byKey.get('floor')!;
    lines.push('', `${scale.label}: ${scale.organizations} organisations, ${scale.members.toLocaleString('en')} members, ${scale.conferences.toLocaleString('en')} conferences (8 agenda items, 60 invitees each), ${scale.tasks.toLocaleString('en')} tasks`);
    lines.push(row(columns));
    for (const page of figures.pages) {
      const limit = LIMIT_OF[page.key] ? byKey.get(LIMIT_OF[page.key]!) : undefined;
      const html = page.key === 'rsc' ? byKey.get('tasks')!.bytes : page.bytes;
      lines.push(
        row([
          page.key,
          fixed(page.rps16),
          fixed(page.rps64),
          page.key === 'floor' || page.key.startsWith('limit') ? '' : `${fixed(page.rps16 / floor.rps16, 2)}/${fixed(page.rps64 / floor.rps64, 2)}`,
          limit ? `${fixed(page.rps16 / limit.rps16, 3)}/${fixed(page.rps64 / limit.rps64, 3)}` : '',
          String(page.rate),
          fixed(page.p50, 1),
          fixed(page.p99, 1),
          fixed(page.cpuMs, 2),
          fixed(page.statements, 1),
          page.key === 'rsc' ? '' : kb(html),
          page.key === 'rsc' ? kb(page.bytes) : '',
          page.jsGzip === null ? '' : kb(page.jsGzip),
        ]) + (page.failures > 0 ? `  (${page.failures} failed requests!)` : ''),
      );
    }
    lines.push(row(['action', '', '', '', '', String(figures.action.rate), fixed(figures.action.p50, 1), fixed(figures.action.p99, 1), fixed(figures.action.cpuMs, 2), fixed(figures.action.statements, 1), '', '', '']));
    if (figures.action.failures > 0) bars.push({ bar: `${scale.label} action: every report saved`, pass: false, detail: `${figures.action.failures} refused` });
    lines.push(`server RSS after the runs: next start ${fixed(figures.rss.next)} MiB, limit server ${fixed(figures.rss.limit)} MiB`);

    for (const page of figures.pages) {
      if (page.failures > 0) bars.push({ bar: `${scale.label} ${page.key}: every request answered 200`, pass: false, detail: `${page.failures} failed` });
    }
    for (const key of APP_PAGES) {
      const page = byKey.get(key)!;
      const ratio = Math.min(page.rps16 / floor.rps16, page.rps64 / floor.rps64);
      bars.push({ bar: `${scale.label} ${key}: throughput ≥ ${BARS.floor}× the floor`, pass: ratio >= BARS.floor, detail: `${fixed(ratio, 2)}×` });
      const limit = LIMIT_OF[key] ? byKey.get(LIMIT_OF[key]!) : undefined;
      if (limit) {
        const toLimit = Math.min(page.rps16 / limit.rps16, page.rps64 / limit.rps64);
        bars.push({ bar: `${scale.label} ${key}: ratio to the limit (reported; < ${BARS.limitWarning} means something is wrong)`, pass: toLimit >= BARS.limitWarning, detail: `${fixed(toLimit, 3)}×` });
      }
      bars.push({ bar: `${scale.label} ${key}: p99 at the fixed rate ≤ ${BARS.p99} ms`, pass: page.p99 <= BARS.p99, detail: `${fixed(page.p99, 1)} ms at ${page.rate}/s` });
      if (page.jsGzip !== null) bars.push({ bar: `${scale.label} ${key}: first-load JS ≤ ${BARS.jsKb} kB gzip`, pass: page.jsGzip / 1024 <= BARS.jsKb, detail: `${kb(page.jsGzip)} kB` });
    }
    const rsc = byKey.get('rsc')!;
    const html = byKey.get('tasks')!;
    bars.push({ bar: `${scale.label} task list: RSC bytes ≤ HTML bytes`, pass: rsc.bytes <= html.bytes, detail: `${kb(rsc.bytes)} kB vs ${kb(html.bytes)} kB` });
    bars.push({ bar: `${scale.label} action: p99 at ${figures.action.rate}/s ≤ ${BARS.p99} ms`, pass: figures.action.p99 <= BARS.p99, detail: `${fixed(figures.action.p99, 1)} ms` });
  }

  const [small, large] = scales;
  if (small && large) {
    lines.push('', 'S → L (the same fixed rate at both scales)');
    lines.push(`${'page'.padEnd(13)} ${'p50 S'.padStart(8)} ${'p50 L'.padStart(8)} ${'L/S'.padStart(6)} ${'p99 L/S'.padStart(8)} ${'req/s S/L'.padStart(10)} ${'SQL S'.padStart(6)} ${'SQL L'.padStart(6)} ${'HTML L/S'.padStart(9)}`);
    for (const pageS of small.pages) {
      const pageL = large.pages.find((page) => page.key === pageS.key)!;
      const growth = pageL.p50 / pageS.p50;
      lines.push(`${pageS.key.padEnd(13)} ${fixed(pageS.p50, 1).padStart(8)} ${fixed(pageL.p50, 1).padStart(8)} ${fixed(growth, 2).padStart(6)} ${fixed(pageL.p99 / pageS.p99, 2).padStart(8)} ${fixed(pageS.rps16 / pageL.rps16, 2).padStart(10)} ${fixed(pageS.statements, 1).padStart(6)} ${fixed(pageL.statements, 1).padStart(6)} ${fixed(pageL.bytes / pageS.bytes, 2).padStart(9)}`);
      if (APP_PAGES.includes(pageS.key)) {
        bars.push({ bar: `${pageS.key}: SQL statements per request constant S → L`, pass: pageS.statements === pageL.statements, detail: `${fixed(pageS.statements, 1)} → ${fixed(pageL.statements, 1)}` });
        bars.push({ bar: `${pageS.key}: L/S latency ≤ ${BARS.growth}×`, pass: growth <= BARS.growth, detail: `p50 ${fixed(growth, 2)}×` });
      }
    }
    lines.push(`${'action'.padEnd(13)} ${fixed(small.action.p50, 1).padStart(8)} ${fixed(large.action.p50, 1).padStart(8)} ${fixed(large.action.p50 / small.action.p50, 2).padStart(6)} ${fixed(large.action.p99 / small.action.p99, 2).padStart(8)} ${''.padStart(10)} ${fixed(small.action.statements, 1).padStart(6)} ${fixed(large.action.statements, 1).padStart(6)}`);
    bars.push({ bar: `action: SQL statements per request constant S → L`, pass: small.action.statements === large.action.statements, detail: `${fixed(small.action.statements, 1)} → ${fixed(large.action.statements, 1)}` });
  } else {
    lines.push('', run.quick ? '(--quick: S only, so no S → L growth and no SQL-constancy bars)' : '');
  }

  lines.push('', 'Bars');
  for (const bar of bars) lines.push(`${bar.pass ? 'PASS' : 'FAIL'}  ${bar.bar}: ${bar.detail}`);
  console.log(lines.join('\n'));
  return bars.every((bar) => bar.pass);
}
