import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { can, requirePermission } from '../../auth/permissions.ts';
import { conferenceScope, managedOrganizationScope, planScope, resolutionScope, taskScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import { organizationChoices } from '../../domain/organization-choices.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';
import { RECENT_CHOICES } from '../../schemas/task-filters.ts';

/**
 * The choices of the task list's filters, each list bounded so that the page does not grow with the
 * office's years of records (every option is in the page's HTML and again in its RSC payload):
 * - units: the tops of the actor's tree and the units under them, opening down to the chosen one
 *   (lib/domain/organization-choices.ts); the owner filter also finds the tasks a unit co-owns;
 * - plans: the 30 most recent of the actor's scope (an attendee reads none); conferences: those of the
 *   chosen plan, else the 30 most recent that the actor's tasks come from — always with the chosen one;
 * - people: the responsible people of the chosen unit only (or just the chosen person);
 * - terms, and the targets of the office's resolutions (for an attendee, those his tasks serve).
 * "Which plans and units have tasks here" was an EXISTS over every task for each, the dearest queries
 * of the list at 50,000 tasks: plans and units come from the scope instead.
 */
export async function getTaskFilterOptions({ actor, ownerId, personId, planId, conferenceId }: { actor: Actor; ownerId?: string; personId?: string; planId?: string; conferenceId?: string }) {
  requirePermission(actor, 'task.read');
  const visible = taskScope(actor);
  const peopleWhere = ownerId
    ? { organizationId: ownerId, responsibleFor: { some: visible } }
    : personId ? { id: personId, responsibleFor: { some: visible } } : null;
  const withTasks = { AND: [conferenceScope(actor), { conclusions: { some: { tasks: { some: visible } } } }] };
  const conferenceSelect = { id: true, title: true, startsAt: true } as const;
  const readsPlans = can(actor.roles, 'plan.read');
  const planSelect = { id: true, officialNumber: true } as const;
  const [terms, plans, chosenPlan, conferences, chosenConference, units, people, targets] = await Promise.all([
    db().term.findMany({ where: { tasks: { some: visible } }, orderBy: { startYear: 'desc' }, select: { id: true, name: true } }),
    readsPlans ? db().plan.findMany({ where: planScope(actor), orderBy: [{ issuedOn: 'desc' }, { id: 'asc' }], take: RECENT_CHOICES, select: planSelect }) : Promise.resolve([]),
    readsPlans && planId ? db().plan.findFirst({ where: { AND: [planScope(actor), { id: planId }] }, select: planSelect }) : Promise.resolve(null),
    db().conference.findMany({
      where: planId ? { AND: [withTasks, { planId }] } : withTasks,
      // One more than offered, to know whether there are more.
      orderBy: [{ startsAt: 'desc' }, { id: 'asc' }], take: RECENT_CHOICES + 1, select: conferenceSelect,
    }),
    conferenceId ? db().conference.findFirst({ where: { AND: [conferenceScope(actor), { id: conferenceId }] }, select: conferenceSelect }) : Promise.resolve(null),
    db().organization.findMany({ where: { OR: [managedOrganizationScope(actor), { id: actor.organizationId }] }, select: { id: true, name: true, shortName: true, parentId: true } }),
    peopleWhere ? db().member.findMany({ where: peopleWhere, select: { id: true, fullName: true } }) : Promise.resolve([]),
    // The office's targets are those of its resolutions; an attendee (no resolutions to read) gets those his tasks serve.
    db().target.findMany({
      where: can(actor.roles, 'resolution.read') ? { resolution: resolutionScope(actor) } : { tasks: { some: visible } },
      orderBy: [{ resolutionId: 'asc' }, { position: 'asc' }],
      select: { id: true, name: true },
    }),
  ]);
  return {
    terms,
    plans: withChosen(plans, chosenPlan),
    conferences: withChosen(conferences.slice(0, RECENT_CHOICES), chosenConference),
    /** True when there are more conferences than offered: the form says how to find the others. */
    moreConferences: conferences.length > RECENT_CHOICES,
    owners: organizationChoices(units.map((unit) => ({ id: unit.id, parentId: unit.parentId, label: unit.shortName ?? unit.name })), ownerId, byName.compare),
    people: people.sort((a, b) => compareVietnameseNames(a.fullName, b.fullName)),
    targets,
  };
}

const byName = new Intl.Collator('vi');

/** The most recent choices, and the chosen one first when it is older than they are: it stays offered. */
function withChosen<T extends { id: string }>(recent: T[], chosen: T | null): T[] {
  return chosen && !recent.some((item) => item.id === chosen.id) ? [chosen, ...recent] : recent;
}

export type TaskFilterOptions = Awaited<ReturnType<typeof getTaskFilterOptions>>;
