import { Badge } from '@/components/ui/badge.tsx';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import type { ConferenceInvitations } from '@/lib/server/invitations/get-conference-invitations.ts';
import { RemoveRouteButton } from './remove-route-button.tsx';

interface Props {
  routes: ConferenceInvitations['routes'];
  conferenceId: string;
  t: Messages;
  /** Absent when the conference's status no longer allows changing invitations. */
  removeAction?: (state: ActionState, formData: FormData) => Promise<ActionState>;
}

/** The routes by which people were invited, in the order they were added, each with its number of people. */
export function RouteList({ routes, conferenceId, t, removeAction }: Props) {
  if (routes.length === 0) return <p className="text-sm text-stone-600">{t.invitations.routesEmpty}</p>;
  return (
    <ul className="divide-y divide-stone-100">
      {routes.map((route) => {
        const label = route.label ?? t.conferences.invitationKinds[route.kind];
        return (
          <li key={route.id} data-testid="invitation-route" className="flex flex-wrap items-start justify-between gap-2 py-2">
            <div>
              <Badge tone="info">{t.conferences.invitationKinds[route.kind]}</Badge>
              <span className="ml-2 font-medium">{label}</span>
              <span className="ml-2 text-sm text-stone-600">{interpolate(t.invitations.routePeople, { count: route.people })}</span>
            </div>
            {removeAction ? <RemoveRouteButton action={removeAction} text={t.invitations} conferenceId={conferenceId} invitationId={route.id} label={label} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
