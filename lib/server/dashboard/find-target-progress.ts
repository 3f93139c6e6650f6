import 'server-only';
import { resolutionScope } from '../../auth/scope.ts';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { targetSeries } from '../../charts/target-series.ts';

const toNumber = (value: { toNumber(): number } | null) => (value === null ? null : value.toNumber());

/**
 * The targets of the current term's resolutions in the actor's scope, each with its results over the
 * term against its goal (lib/charts/target-series.ts). The current term is the one running in `year`;
 * between two terms (the demo's 2020–2025 term seen in 2026) it is the one that ended last, so the
 * office still sees its final figures until the next congress's resolution is entered.
 *
 * Two statements whatever the number of resolutions, targets and results (plus one per relation level
 * Prisma reads, never one per row): the terms first, then the chosen resolutions with their targets.
 */
export async function findTargetProgress({ actor, year }: { actor: Actor; year: number }) {
  requirePermission(actor, 'resolution.read');
  const candidates = await db().resolution.findMany({
    where: { AND: [resolutionScope(actor), { term: { startYear: { lte: year } } }] },
    select: { id: true, term: { select: { endYear: true } } },
  });
  const running = candidates.filter((resolution) => resolution.term.endYear >= year);
  const lastEnd = Math.max(...candidates.map((resolution) => resolution.term.endYear));
  const chosen = running.length > 0 ? running : candidates.filter((resolution) => resolution.term.endYear === lastEnd);
  if (chosen.length === 0) return [];

  const resolutions = await db().resolution.findMany({
    where: { AND: [resolutionScope(actor), { id: { in: chosen.map((resolution) => resolution.id) } }] },
    orderBy: [{ issuedOn: 'desc' }, { id: 'asc' }],
    select: {
      id: true, title: true,
      term: { select: { name: true, startYear: true, endYear: true } },
      targets: {
        orderBy: { position: 'asc' },
        select: {
          id: true, position: true, name: true, unit: true, goalKind: true,
          targetValue: true, targetMax: true, baselineValue: true, baselineYear: true,
          results: { orderBy: [{ year: 'asc' }, { period: 'asc' }], select: { period: true, year: true, value: true, qualifier: true } },
        },
      },
    },
  });

  return resolutions.map((resolution) => ({
    id: resolution.id,
    title: resolution.title,
    term: resolution.term,
    targets: resolution.targets.map((target) => {
      const goal = {
        goalKind: target.goalKind,
        targetValue: toNumber(target.targetValue),
        targetMax: toNumber(target.targetMax),
        baselineValue: toNumber(target.baselineValue),
        baselineYear: target.baselineYear,
      };
      const results = target.results.map((result) => ({ period: result.period, year: result.year, value: result.value.toNumber(), qualifier: result.qualifier }));
      return {
        id: target.id, position: target.position, name: target.name, unit: target.unit, ...goal,
        series: targetSeries({ ...goal, results }, resolution.term),
      };
    }),
  }));
}

export type TargetProgress = Awaited<ReturnType<typeof findTargetProgress>>;
export type TargetProgressTarget = TargetProgress[number]['targets'][number];
