import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { can } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { vietnamDateOf } from '../../domain/vietnam-time.ts';
import type { ConferenceFacts } from '../../documents/conference-facts.ts';
import { issuingBodyName, onBehalfOf, symbolOf, type DocumentIssuer } from '../../documents/party-layout.ts';

// What every official document of a conference reads from the database: the conference's facts and
// its host organisation, which issues the document (its superior, symbol, place, and the secretary
// who signs on its behalf).

const HOST_SELECT = {
  id: true, name: true, kind: true, symbol: true, place: true,
  parent: { select: { name: true, kind: true, place: true } },
} as const satisfies Prisma.OrganizationSelect;

export const CONFERENCE_FACTS_SELECT = {
  id: true, title: true, kind: true, status: true, startsAt: true, endsAt: true, venue: true,
  plan: { select: { officialNumber: true, issuedOn: true } },
  secretary: { select: { fullName: true } },
  chairs: { orderBy: { position: 'asc' }, select: { member: { select: { fullName: true, title: true } } } },
  hostOrganization: { select: HOST_SELECT },
} as const satisfies Prisma.ConferenceSelect;

type FactsRow = Prisma.ConferenceGetPayload<{ select: typeof CONFERENCE_FACTS_SELECT }>;

export function conferenceFacts(conference: FactsRow): ConferenceFacts {
  return {
    title: conference.title,
    startsAt: conference.startsAt,
    endsAt: conference.endsAt,
    venue: conference.venue,
    plan: conference.plan,
    chairs: conference.chairs.map((chair) => chair.member),
    secretary: conference.secretary,
  };
}

/** The office of the host: may see attendance and minutes, and every invitation. */
export function managesConference(actor: Actor, conference: Pick<FactsRow, 'hostOrganization'>): boolean {
  return can(actor.roles, 'conference.readAttendance') && actor.managedOrganizationIds.includes(conference.hostOrganization.id);
}

/**
 * The host as issuer. The signature is that of whoever held the secretary's seat of the host's
 * executive (or cell) committee on the day of the conference, so a reprint of an old document keeps
 * the signer of its day; without one, the name is left for the office to write.
 */
export async function documentIssuer(conference: Pick<FactsRow, 'hostOrganization' | 'plan' | 'startsAt'>): Promise<DocumentIssuer> {
  const host = conference.hostOrganization;
  const onDay = new Date(`${vietnamDateOf(conference.startsAt)}T00:00:00Z`);
  const seat = await db().committeeSeat.findFirst({
    where: {
      position: 'SECRETARY',
      startDate: { lte: onDay },
      OR: [{ endDate: null }, { endDate: { gte: onDay } }],
      committee: { organizationId: host.id, kind: { in: ['EXECUTIVE', 'CELL_COMMITTEE'] } },
    },
    orderBy: { startDate: 'desc' },
    select: { member: { select: { fullName: true } } },
  });
  return {
    superior: host.parent?.name ?? null,
    superiorCommittee: host.parent ? issuingBodyName(host.parent) : null,
    name: issuingBodyName(host),
    symbol: host.symbol ?? symbolOf(conference.plan?.officialNumber),
    place: host.place ?? host.parent?.place ?? null,
    signature: { onBehalfOf: onBehalfOf(host.kind), position: 'BÍ THƯ', name: seat?.member.fullName ?? null },
  };
}
