import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { can, requirePermission } from '../../auth/permissions.ts';
import { conferenceScope, planScope, resolutionScope, taskScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';

/**
 * The choices of the task list's filters. Units, plans and (for the office) targets are those of the
 * actor's scope (the owner filter also finds the tasks a unit co-owns; an attendee reads no plans), terms
 * and conferences those the actor's tasks refer to: asking "which units, plans and targets have tasks
 * here" was an EXISTS over every task for each, the dearest queries of the list at 50,000 tasks. People are
 * offered for the chosen owner unit only (or just the chosen person): every responsible person of a
 * whole province is thousands of options, repeated in the page's HTML and its RSC payload.
 */
export async function getTaskFilterOptions({ actor, ownerId, personId }: { actor: Actor; ownerId?: string; personId?: string }) {
  requirePermission(actor, 'task.read');
  const visible = taskScope(actor);
  const peopleWhere = ownerId
    ? { organizationId: ownerId, responsibleFor: { some: visible } }
    : personId ? { id: personId, responsibleFor: { some: visible } } : null;
  const [terms, plans, conferences, owners, people, targets] = await Promise.all([
    db().term.findMany({ where: { tasks: { some: visible } }, orderBy: { startYear: 'desc' }, select: { id: true, name: true } }),
    can(actor.roles, 'plan.read') ? db().plan.findMany({ where: planScope(actor), orderBy: { issuedOn: 'desc' }, select: { id: true, officialNumber: true } }) : Promise.resolve([]),
    db().conference.findMany({ where: { AND: [conferenceScope(actor), { conclusions: { some: { tasks: { some: visible } } } }] }, orderBy: { startsAt: 'desc' }, select: { id: true, title: true, startsAt: true } }),
    db().organization.findMany({ where: { id: { in: [...actor.managedOrganizationIds, actor.organizationId] } }, orderBy: { name: 'asc' }, select: { id: true, name: true, shortName: true } }),
    peopleWhere ? db().member.findMany({ where: peopleWhere, select: { id: true, fullName: true } }) : Promise.resolve([]),
    // The office's targets are those of its resolutions; an attendee (no resolutions to read) gets those his tasks serve.
    db().target.findMany({
      where: can(actor.roles, 'resolution.read') ? { resolution: resolutionScope(actor) } : { tasks: { some: visible } },
      orderBy: [{ resolutionId: 'asc' }, { position: 'asc' }],
      select: { id: true, name: true },
    }),
  ]);
  return { terms, plans, conferences, owners, people: people.sort((a, b) => compareVietnameseNames(a.fullName, b.fullName)), targets };
}

export type TaskFilterOptions = Awaited<ReturnType<typeof getTaskFilterOptions>>;
