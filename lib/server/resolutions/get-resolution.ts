import 'server-only';
import { resolutionScope } from '../../auth/scope.ts';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { computeAchievement } from '../../domain/achievement.ts';
import { checkBreakdown } from '../../domain/breakdown.ts';
import { NotFoundError } from '../errors.ts';

const toNumber = (value: { toNumber(): number } | null) => (value === null ? null : value.toNumber());

/** A resolution with its targets, each target's results in time order and the computed achievement. */
export async function getResolution({ actor, resolutionId }: { actor: Actor; resolutionId: string }) {
  requirePermission(actor, 'resolution.read');
  const resolution = await db().resolution.findFirst({
    where: { AND: [{ id: resolutionId }, resolutionScope(actor)] },
    select: {
      id: true, title: true, issuedOn: true,
      term: { select: { name: true, startYear: true, endYear: true } },
      organization: { select: { name: true } },
      targets: {
        orderBy: { position: 'asc' },
        select: {
          id: true, position: true, name: true, description: true, unit: true, goalKind: true,
          targetValue: true, targetMax: true, baselineValue: true, baselineYear: true,
          results: {
            orderBy: [{ year: 'asc' }, { period: 'asc' }],
            select: {
              id: true, period: true, year: true, value: true, qualifier: true, source: true, note: true, breakdownLabel: true,
              parts: { orderBy: { position: 'asc' }, select: { label: true, value: true } },
            },
          },
        },
      },
    },
  });
  if (!resolution) throw new NotFoundError('Resolution');

  return {
    ...resolution,
    targets: resolution.targets.map((target) => {
      const goal = {
        goalKind: target.goalKind,
        targetValue: toNumber(target.targetValue),
        targetMax: toNumber(target.targetMax),
        baselineValue: toNumber(target.baselineValue),
        baselineYear: target.baselineYear,
      };
      const results = target.results.map((result) => {
        const value = result.value.toNumber();
        const parts = result.parts.map((part) => ({ label: part.label, value: part.value.toNumber() }));
        return {
          id: result.id, period: result.period, year: result.year, value, qualifier: result.qualifier,
          source: result.source, note: result.note, breakdownLabel: result.breakdownLabel, parts,
          achievement: computeAchievement(goal, { value, qualifier: result.qualifier, year: result.year }),
          breakdown: checkBreakdown(value, parts.map((part) => part.value)),
        };
      });
      return { id: target.id, position: target.position, name: target.name, description: target.description, unit: target.unit, ...goal, results, latest: results.at(-1) ?? null };
    }),
  };
}

export type ResolutionDetail = Awaited<ReturnType<typeof getResolution>>;
