import 'server-only';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import type { CalendarConference } from '../../documents/conference-calendar.ts';

/** What an event needs of a conference: details, host and the agenda in order. */
export const CALENDAR_CONFERENCE_SELECT = {
  id: true, title: true, status: true, startsAt: true, endsAt: true, venue: true, version: true, updatedAt: true,
  hostOrganization: { select: { name: true } },
  agendaItems: {
    orderBy: { position: 'asc' },
    select: { startsAt: true, durationMinutes: true, title: true, presenterName: true, presenter: { select: { fullName: true } } },
  },
} satisfies Prisma.ConferenceSelect;

type SelectedConference = Prisma.ConferenceGetPayload<{ select: typeof CALENDAR_CONFERENCE_SELECT }>;

export function toCalendarConference({ agendaItems, ...conference }: SelectedConference): CalendarConference {
  return {
    ...conference,
    agendaItems: agendaItems.map(({ presenter, presenterName, ...item }) => ({ ...item, presenter: presenter?.fullName ?? presenterName })),
  };
}
