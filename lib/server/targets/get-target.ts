import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { can, requirePermission } from '../../auth/permissions.ts';
import { conferenceScope, resolutionScope, taskScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import { NotFoundError } from '../errors.ts';
import { goalOf, resultView } from './result-view.ts';

/**
 * The thread from one target: its goal, every result over the term with the achievement and the
 * breakdown check, the conferences that reviewed those results and the tasks that serve the target.
 * Conferences and tasks are each limited to what the actor may see.
 */
export async function getTarget({ actor, resolutionId, targetId }: { actor: Actor; resolutionId: string; targetId: string }) {
  requirePermission(actor, 'resolution.read');
  const target = await db().target.findFirst({
    where: { id: targetId, resolutionId, resolution: resolutionScope(actor) },
    select: {
      id: true, position: true, name: true, description: true, unit: true, goalKind: true,
      targetValue: true, targetMax: true, baselineValue: true, baselineYear: true,
      resolution: { select: { id: true, title: true, term: { select: { name: true, startYear: true, endYear: true } }, organization: { select: { name: true } } } },
      results: {
        orderBy: [{ year: 'asc' }, { period: 'asc' }],
        select: {
          id: true, period: true, year: true, value: true, qualifier: true, source: true, note: true, breakdownLabel: true,
          conferenceId: true, version: true,
          parts: { orderBy: { position: 'asc' }, select: { label: true, value: true } },
        },
      },
    },
  });
  if (!target) throw new NotFoundError('Target');

  const [conferences, tasks] = await Promise.all([
    db().conference.findMany({
      where: { AND: [conferenceScope(actor), { targetResults: { some: { targetId } } }] },
      orderBy: { startsAt: 'asc' },
      select: { id: true, title: true, kind: true, status: true, startsAt: true, endsAt: true, venue: true },
    }),
    can(actor.roles, 'task.read')
      ? db().task.findMany({
          where: { AND: [{ targetId }, taskScope(actor)] },
          orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { title: 'asc' }],
          take: 200,
          select: {
            id: true, title: true, status: true, progress: true, dueDate: true, priority: true,
            ownerOrganization: { select: { name: true, shortName: true } },
            responsibleMember: { select: { fullName: true } },
            conclusion: { select: { number: true, conference: { select: { id: true, startsAt: true } } } },
          },
        })
      : Promise.resolve([]),
  ]);

  const goal = goalOf(target);
  const reviewedBy = new Map(conferences.map((conference) => [conference.id, { id: conference.id, title: conference.title, startsAt: conference.startsAt }]));
  const results = target.results.map((result) => ({
    ...resultView(goal, result),
    version: result.version,
    conferenceId: result.conferenceId,
    // Null also when the conference lies outside what the actor may open.
    conference: result.conferenceId ? (reviewedBy.get(result.conferenceId) ?? null) : null,
  }));
  return {
    id: target.id, position: target.position, name: target.name, description: target.description, unit: target.unit, ...goal,
    resolution: target.resolution,
    results,
    latest: results.at(-1) ?? null,
    conferences,
    tasks,
  };
}

export type TargetDetail = Awaited<ReturnType<typeof getTarget>>;
