import { RsvpAnswerForm } from '@/components/invitation/rsvp-answer-form.tsx';
import { Section } from '@/components/ui/section.tsx';
import { requireUser } from '@/lib/auth/session.ts';
import { formatDate, formatTime } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import { getMyInvitation } from '@/lib/server/invitations/get-my-invitation.ts';

/**
 * The signed-in person's answer to their invitation, on the conference page. It loads its own invitee
 * (with the version the answer is checked against), so the page needs one line to show it; it renders
 * nothing unless the person is invited; once the invitation can no longer be answered (started, or past
 * its stage), it shows the answer given and says why it is fixed.
 */
export async function RsvpForm({ conferenceId, action }: { conferenceId: string; action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const actor = await requireUser();
  const [invitation, { t, locale }] = await Promise.all([getMyInvitation({ actor, conferenceId }), getMessages()]);
  if (!invitation) return null;
  const answeredAt = invitation.rsvpAt
    ? ` (${interpolate(t.rsvp.answeredAt, { time: formatTime(invitation.rsvpAt, locale), date: formatDate(invitation.rsvpAt, locale) })})`
    : '';
  const current = (
    <p className="mb-1 text-sm text-stone-700" data-testid="rsvp-current">
      {interpolate(t.rsvp.current, { answer: t.conferences.rsvp[invitation.rsvp] })}{answeredAt}
    </p>
  );
  // Past the time to answer, the person still sees what they answered, and why it cannot change.
  if (invitation.answerable !== 'OPEN') {
    return (
      <Section title={t.rsvp.title} id="rsvp">
        {current}
        <p className="text-sm text-stone-600" data-testid="rsvp-closed">{invitation.answerable === 'STARTED' ? t.rsvp.started : t.rsvp.notOpen}</p>
      </Section>
    );
  }
  return (
    <Section title={t.rsvp.title} id="rsvp">
      {current}
      <p className="mb-3 text-sm text-stone-600">
        {interpolate(t.rsvp.deadline, { time: formatTime(invitation.startsAt, locale), date: formatDate(invitation.startsAt, locale) })}
      </p>
      <RsvpAnswerForm
        action={action}
        text={t.rsvp}
        inviteeId={invitation.id}
        version={invitation.version}
        answer={invitation.rsvp === 'DECLINED' ? 'DECLINED' : invitation.rsvp === 'ATTENDING' ? 'ATTENDING' : null}
        reason={invitation.rsvpReason ?? ''}
      />
    </Section>
  );
}
