import 'server-only';
import type { Actor } from '../auth/load-actor.ts';
import { getActor } from '../auth/session.ts';
import { getMessages } from '../i18n/server.ts';
import { plainTextResponse } from './plain-text-response.ts';

/**
 * The actor of an API route, or the answer to give instead: 401 without a session (or for a deactivated
 * account), 403 while a temporary password must be changed or a required second factor enrolled. Pages
 * redirect there and actions refuse (lib/server/action-state.ts): a download must not be the way around.
 */
export async function getRouteActor(): Promise<{ actor: Actor; refusal?: undefined } | { actor?: undefined; refusal: Response }> {
  const actor = await getActor();
  if (!actor) return { refusal: plainTextResponse('Unauthorized', 401) };
  if (actor.mustChangePassword || actor.mustEnrolSecondFactor) {
    const { t } = await getMessages();
    return { refusal: plainTextResponse(actor.mustChangePassword ? t.errors.mustChangePassword : t.errors.mustEnrolSecondFactor, 403) };
  }
  return { actor };
}
