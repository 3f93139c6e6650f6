'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { clientAddressOf } from '@/lib/auth/client-address.ts';
import { now } from '@/lib/clock.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { setPasswordWithLinkSchema, type SetPasswordState } from '@/lib/schemas/password-setup.ts';
import { formValues } from '@/lib/server/action-state.ts';
import { RuleViolationError } from '@/lib/server/errors.ts';
import { setPasswordWithLink, SetupLinkInvalidError } from '@/lib/server/password-setup/set-password-with-link.ts';

const ZOD_LOCALES = { vi: z.locales.vi().localeError, en: z.locales.en().localeError };

/**
 * The public form of a set-password link. No session and no permission: the token in the form is the
 * credential, checked by the use case (a link that does not work, for whatever reason, gets the one
 * neutral sentence). Not runAction, which needs a signed-in actor; the same care otherwise: messages in
 * the user's language, passwords never echoed back, nothing unknown leaks.
 */
export async function setPasswordWithLinkAction(_previous: SetPasswordState, formData: FormData): Promise<SetPasswordState> {
  const { t, locale } = await getMessages();
  const errors = t.errors as Record<string, string>;
  const fail = (message: string, fieldErrors: Record<string, string> = {}): SetPasswordState => ({ status: 'error', message, fieldErrors, values: {} });
  const parsed = setPasswordWithLinkSchema.safeParse(formValues(formData), { error: ZOD_LOCALES[locale] });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.') || 'form'] ??= errors[issue.message] ?? issue.message;
    return fail(t.errors.invalidInput, fieldErrors);
  }
  try {
    const { username } = await setPasswordWithLink({ token: parsed.data.token, newPassword: parsed.data.newPassword, now: now(), clientIp: clientAddressOf(await headers()) });
    return { status: 'done', message: interpolate(t.passwordSetup.done, { username }) };
  } catch (error) {
    if (error instanceof SetupLinkInvalidError) return fail(t.passwordSetup.invalid);
    if (error instanceof RuleViolationError) {
      const message = interpolate(errors[error.messageKey] ?? error.messageKey, error.values);
      return fail(message, error.field ? { [error.field]: message } : {});
    }
    console.error('Unexpected error in the set-password link', error);
    return fail(t.errors.unexpected);
  }
}
