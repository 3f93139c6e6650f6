import { z } from 'zod';
import type { ActionState } from './action-state.ts';
import { newPassword } from './account.ts';

// The one-time set-password link: the admin's button (which account) and the public form (the token
// from the URL, the new password twice). Custom messages are keys of the `errors` catalogue.

export const issuePasswordSetupLinkSchema = z.object({ userId: z.uuid() });

export const setPasswordWithLinkSchema = z
  .object({ token: z.string().max(100), newPassword, confirmPassword: z.string('required') })
  .superRefine((data, context) => {
    if (data.newPassword !== data.confirmPassword) context.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'password.mismatch' });
  });

/** What the admin's button gets back: a refusal, or the link to show once. */
export type SetupLinkState =
  | ActionState
  | { status: 'issued'; message: string; url: string; expiresAt: string; toAddress: string; emailed: boolean; /** Set when the link came with a new account: its page. */ accountHref?: string };

/** What the public form gets back: a refusal, or "done, now sign in". */
export type SetPasswordState = ActionState | { status: 'done'; message: string };

export type SetPasswordWithLinkInput = z.output<typeof setPasswordWithLinkSchema>;
