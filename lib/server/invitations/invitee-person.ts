import type { Prisma } from '../../db/generated/prisma/client.ts';

/** What every list of invitees selects to say who someone is: a member, or a guest of a delegation. */
export const INVITEE_PERSON_SELECT = {
  memberId: true,
  guestName: true,
  guestTitle: true,
  member: { select: { fullName: true, title: true, organization: { select: { shortName: true, name: true } } } },
  organization: { select: { shortName: true, name: true } },
} as const satisfies Prisma.InviteeSelect;

type InviteePerson = Prisma.InviteeGetPayload<{ select: typeof INVITEE_PERSON_SELECT }>;

/** Name, title and unit as the registers and the conference page print them. */
export function describeInvitee(invitee: InviteePerson) {
  const unit = invitee.member?.organization ?? invitee.organization;
  return {
    name: invitee.member?.fullName ?? invitee.guestName ?? '',
    title: invitee.member?.title ?? invitee.guestTitle ?? null,
    unit: unit ? (unit.shortName ?? unit.name) : null,
    isGuest: !invitee.memberId,
  };
}
