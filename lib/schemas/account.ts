import { z } from 'zod';
import { checkPassword, PASSWORD_MAX_LENGTH } from '../domain/password-rule.ts';
import { versionField } from './fields.ts';

// Account forms: the admin's (create, roles, deactivate) and everyone's own change of password.
// Custom messages are keys of the `errors` catalogue.

export const ROLES = ['ADMIN', 'SECRETARY', 'ATTENDEE'] as const;

/** Trimmed, lower-cased, NFC, as normalizeUsername (lib/auth/password.ts) compares it at sign-in. */
const username = z
  .string('required')
  .transform((value) => value.normalize('NFC').trim().toLowerCase())
  .pipe(z.string().min(3, 'account.usernameFormat').max(50, 'account.usernameFormat').regex(/^[a-z0-9][a-z0-9._-]*$/, 'account.usernameFormat'));

// Checked as typed: no trimming, since spaces are part of a passphrase. Over-long input is cut off by the
// rule, not by zod's message, so the user reads one sentence about the length.
export const newPassword = z.string('required').max(PASSWORD_MAX_LENGTH * 4, 'password.tooLong').superRefine((value, context) => {
  const problem = checkPassword(value);
  if (problem) context.addIssue({ code: 'custom', message: `password.${problem}` });
});

/** The account's own name as its password is the first guess (checked once both fields are valid). */
function refuseUsernameAsPassword(data: { username: string; password?: string }, context: z.RefinementCtx) {
  if (data.password !== undefined && checkPassword(data.password, { username: data.username }) === 'containsUsername') context.addIssue({ code: 'custom', path: ['password'], message: 'password.containsUsername' });
}

/** How a new account gets its password: a temporary one the admin hands over, or a one-time set-password link. */
export const PASSWORD_DELIVERIES = ['password', 'link'] as const;

/** With a link there is no temporary password to check; without one, a missing password is "required". */
function passwordByDelivery(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input;
  const values = input as Record<string, unknown>;
  return { ...values, password: values.passwordDelivery === 'link' ? undefined : (values.password ?? null) };
}

const asList = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * The rows of role + organisation the form sends as repeated `role` and `roleOrganizationId` fields;
 * rows with no role chosen are blank and dropped; at least one role, no row twice.
 */
const roles = z
  .object({ role: z.preprocess(asList, z.array(z.string())), roleOrganizationId: z.preprocess(asList, z.array(z.string())) })
  .transform(({ role, roleOrganizationId }) => role.map((value, index) => ({ role: value, organizationId: roleOrganizationId[index] ?? '' })).filter((row) => row.role !== ''))
  .pipe(z.array(z.object({ role: z.enum(ROLES, 'invalidChoice'), organizationId: z.uuid('account.roleOrganizationRequired') }), 'invalidChoice').min(1, 'account.roleRequired'))
  .transform((rows) => [...new Map(rows.map((row) => [`${row.role}:${row.organizationId}`, row])).values()]);

/** The role rows of a form, as one field named `roles` for the messages. */
function withRoles<T extends z.ZodRawShape>(shape: T) {
  return z.preprocess(
    (input) => {
      const values = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
      return { ...values, roles: { role: values.role, roleOrganizationId: values.roleOrganizationId } };
    },
    z.object({ ...shape, roles }),
  );
}

export const createAccountSchema = z.preprocess(
  passwordByDelivery,
  withRoles({
    memberId: z.uuid('account.memberRequired'),
    username,
    passwordDelivery: z.enum(PASSWORD_DELIVERIES, 'invalidChoice').default('password'),
    password: newPassword.optional(),
  }),
).superRefine(refuseUsernameAsPassword);

export const changeAccountRolesSchema = withRoles({ userId: z.uuid(), version: versionField });

export const setAccountActiveSchema = z.object({
  userId: z.uuid(),
  version: versionField,
  active: z.enum(['true', 'false']).transform((value) => value === 'true'),
});

export const changeOwnPasswordSchema = z
  .object({ currentPassword: z.string('required').min(1, 'required').max(1024), newPassword, confirmPassword: z.string('required') })
  .superRefine((data, context) => {
    if (data.newPassword !== data.confirmPassword) context.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'password.mismatch' });
    if (data.newPassword === data.currentPassword && data.newPassword !== '') context.addIssue({ code: 'custom', path: ['newPassword'], message: 'password.sameAsCurrent' });
  });

export type CreateAccountInput = z.output<typeof createAccountSchema>;
export type ChangeAccountRolesInput = z.output<typeof changeAccountRolesSchema>;
export type SetAccountActiveInput = z.output<typeof setAccountActiveSchema>;
export type ChangeOwnPasswordInput = z.output<typeof changeOwnPasswordSchema>;
export type RoleAssignment = CreateAccountInput['roles'][number];
