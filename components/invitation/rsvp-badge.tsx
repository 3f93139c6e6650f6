import { Badge, type BadgeTone } from '@/components/ui/badge.tsx';
import type { RsvpStatus } from '@/lib/db/generated/prisma/enums.ts';

const RSVP_TONE: Record<RsvpStatus, BadgeTone> = { PENDING: 'warn', ATTENDING: 'good', DECLINED: 'bad' };

/** An invitee's answer, coloured the same in every list (the label says it too). */
export function RsvpBadge({ rsvp, label }: { rsvp: RsvpStatus; label: string }) {
  return <Badge tone={RSVP_TONE[rsvp]}>{label}</Badge>;
}
