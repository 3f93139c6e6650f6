import 'server-only';
import { z } from 'zod';
import { can, PermissionDeniedError, type Permission } from '../auth/permissions.ts';
import { getActor } from '../auth/session.ts';
import type { Actor } from '../auth/load-actor.ts';
import { formatDate, formatTime } from '../i18n/format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Messages } from '../i18n/messages/vi.ts';
import { getMessages } from '../i18n/server.ts';
import { db } from '../db/client.ts';
import { recordDenial } from './audit.ts';
import { NotFoundError, RuleViolationError, StaleRecordError } from './errors.ts';

import type { ActionState } from '../schemas/action-state.ts';

export type { ActionState };

// zod's own messages in the user's language; our schemas' custom messages are keys of `t.errors`.
const ZOD_LOCALES = { vi: z.locales.vi().localeError, en: z.locales.en().localeError } satisfies Record<Locale, unknown>;

/** Repeated form keys (checkbox groups) become arrays; Next's internal `$ACTION_` fields are dropped. */
export function formValues(formData: FormData): Record<string, string | string[]> {
  // A field named "__proto__" is a field like any other: a null-prototype object keeps it an own
  // property instead of letting it replace the object's prototype (zod then ignores it as unknown).
  const values: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION_') || typeof value !== 'string') continue;
    const existing = Object.hasOwn(values, key) ? values[key] : undefined;
    values[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return values;
}

/** A refused state without the named fields' echo: passwords never travel back to the browser. */
export function withoutSecrets(state: ActionState, fields: readonly string[]): ActionState {
  if (state.status !== 'error' || !state.values) return state;
  return { ...state, values: Object.fromEntries(Object.entries(state.values).filter(([name]) => !fields.includes(name))) };
}

/** The text fields of the input, echoed back so a refused form keeps what the user typed. */
function typedValues(input: unknown): Record<string, string> {
  if (typeof input !== 'object' || input === null) return {};
  return Object.fromEntries(Object.entries(input).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** The names of the input's text fields (single or repeated) that hold a NUL character. */
function fieldsWithNul(input: unknown): string[] {
  if (typeof input !== 'object' || input === null) return [];
  return Object.entries(input)
    .filter(([, value]) => (Array.isArray(value) ? value : [value]).some((one) => typeof one === 'string' && one.includes('\u0000')))
    .map(([name]) => name);
}

function translate(t: Messages, key: string, values: Record<string, string | number> = {}): string {
  const template = (t.errors as Record<string, string>)[key];
  return template ? interpolate(template, values) : key;
}

/**
 * The one shape of every mutation: the actor (else "sign in again"), the permission, the input parsed
 * with zod in the user's language, then the use case. Known failures come back as messages next to the
 * fields; nothing unknown leaks (no stack, no database message) and no error becomes a 500.
 */
export async function runAction<S extends z.ZodType, R>(options: {
  permission: Permission;
  schema: S;
  input: unknown;
  run: (actor: Actor, data: z.output<S>) => Promise<R>;
}): Promise<{ ok: true; value: R; t: Messages; locale: Locale } | { ok: false; state: ActionState }> {
  const { t, locale } = await getMessages();
  const values = typedValues(options.input);
  const fail = (message: string, fieldErrors: Record<string, string> = {}): { ok: false; state: ActionState } => ({
    ok: false,
    state: { status: 'error', message, fieldErrors, values },
  });

  const actor = await getActor();
  if (!actor) return fail(t.errors.sessionExpired);
  // A temporary password must be changed before anything else (issue 5): pages redirect, actions refuse.
  if (actor.mustChangePassword && options.permission !== 'account.changeOwnPassword') return fail(t.errors.mustChangePassword);
  // Then a second factor the admins require for one of the user's roles: only its enrolment until then.
  if (!actor.mustChangePassword && actor.mustEnrolSecondFactor && options.permission !== 'account.manageOwnSecondFactor') return fail(t.errors.mustEnrolSecondFactor);
  if (!can(actor.roles, options.permission)) {
    await recordDenial(db(), { actorUserId: actor.userId, permission: options.permission, reason: 'role' });
    return fail(t.errors.forbidden);
  }

  // PostgreSQL cannot store U+0000 in text: a form carrying it (only a tampered one can) is refused here,
  // for every field at once, instead of failing in the database as an "unexpected error".
  const withNul = fieldsWithNul(options.input);
  if (withNul.length > 0) return fail(t.errors.invalidInput, Object.fromEntries(withNul.map((field) => [field, t.errors.invalidCharacters])));

  const parsed = options.schema.safeParse(options.input, { error: ZOD_LOCALES[locale] });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.') || 'form';
      fieldErrors[field] ??= translate(t, issue.message);
    }
    return fail(t.errors.invalidInput, fieldErrors);
  }

  try {
    return { ok: true, value: await options.run(actor, parsed.data), t, locale };
  } catch (error) {
    if (error instanceof RuleViolationError) {
      const message = translate(t, error.messageKey, error.values);
      return fail(message, error.field ? { [error.field]: message } : {});
    }
    if (error instanceof StaleRecordError) {
      return fail(interpolate(t.errors.stale, { name: error.changedBy ?? t.errors.someone, time: formatTime(error.changedAt, locale), date: formatDate(error.changedAt, locale) }));
    }
    if (error instanceof NotFoundError) {
      await recordDenial(db(), { actorUserId: actor.userId, permission: options.permission, reason: 'scope' });
      return fail(t.errors.notFound);
    }
    if (error instanceof PermissionDeniedError) {
      await recordDenial(db(), { actorUserId: actor.userId, permission: options.permission, reason: 'role' });
      return fail(t.errors.forbidden);
    }
    // A bug or an outage: log it for the operator, tell the user plainly that nothing was saved.
    console.error('Unexpected error in a server action', error);
    return fail(t.errors.unexpected);
  }
}
