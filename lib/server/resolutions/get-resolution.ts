import 'server-only';
import { resolutionScope } from '../../auth/scope.ts';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { NotFoundError } from '../errors.ts';
import { goalOf, resultView } from '../targets/result-view.ts';

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
      const goal = goalOf(target);
      const results = target.results.map((result) => resultView(goal, result));
      return { id: target.id, position: target.position, name: target.name, description: target.description, unit: target.unit, ...goal, results, latest: results.at(-1) ?? null };
    }),
  };
}

export type ResolutionDetail = Awaited<ReturnType<typeof getResolution>>;
