import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { conferenceScope, taskScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';

/** The choices of the task list's filters, limited to what the actor's tasks refer to. */
export async function getTaskFilterOptions({ actor }: { actor: Actor }) {
  requirePermission(actor, 'task.read');
  const visible = taskScope(actor);
  const [terms, plans, conferences, owners, people, targets] = await Promise.all([
    db().term.findMany({ where: { tasks: { some: visible } }, orderBy: { startYear: 'desc' }, select: { id: true, name: true } }),
    db().plan.findMany({ where: { OR: [{ tasks: { some: visible } }, { conferences: { some: { conclusions: { some: { tasks: { some: visible } } } } } }] }, orderBy: { issuedOn: 'desc' }, select: { id: true, officialNumber: true } }),
    db().conference.findMany({ where: { AND: [conferenceScope(actor), { conclusions: { some: { tasks: { some: visible } } } }] }, orderBy: { startsAt: 'desc' }, select: { id: true, title: true, startsAt: true } }),
    db().organization.findMany({ where: { OR: [{ ownedTasks: { some: visible } }, { coOwnedTasks: { some: { task: visible } } }] }, orderBy: { name: 'asc' }, select: { id: true, name: true, shortName: true } }),
    db().member.findMany({ where: { responsibleFor: { some: visible } }, select: { id: true, fullName: true } }),
    db().target.findMany({ where: { tasks: { some: visible } }, orderBy: { position: 'asc' }, select: { id: true, name: true } }),
  ]);
  return { terms, plans, conferences, owners, people: people.sort((a, b) => compareVietnameseNames(a.fullName, b.fullName)), targets };
}

export type TaskFilterOptions = Awaited<ReturnType<typeof getTaskFilterOptions>>;
