import { z } from 'zod';
import { ORGANIZATION_KINDS } from '../domain/organization-tree.ts';
import { calendarDate, optionalText, requiredText, versionField } from './fields.ts';

// The admin's organisation forms: create, edit, move, deactivate or reactivate, merge. Custom messages
// are keys of the `errors` catalogue.

const kind = z.enum(ORGANIZATION_KINDS as [string, ...string[]], 'invalidChoice').transform((value) => value as (typeof ORGANIZATION_KINDS)[number]);

export const organizationFields = {
  name: requiredText(300),
  shortName: optionalText(150),
  kind,
  /** The issuing-body abbreviation of official numbers ("ĐUSLĐTBXH"): letters, digits, dots and dashes. */
  symbol: optionalText(40).pipe(z.string().regex(/^[\p{L}\d.-]+$/u, 'organization.symbolFormat').nullable()),
  place: optionalText(100),
};

export const createOrganizationSchema = z.object({ ...organizationFields, parentId: z.uuid('organization.parentRequired') });
export const updateOrganizationSchema = z.object({ ...organizationFields, organizationId: z.uuid(), version: versionField });
export const moveOrganizationSchema = z.object({ organizationId: z.uuid(), version: versionField, parentId: z.uuid('organization.parentRequired') });
export const setOrganizationActiveSchema = z.object({
  organizationId: z.uuid(),
  version: versionField,
  active: z.enum(['true', 'false']).transform((value) => value === 'true'),
});
export const mergeOrganizationSchema = z.object({
  organizationId: z.uuid(),
  version: versionField,
  targetId: z.uuid('organization.mergeTargetRequired'),
  mergedOn: calendarDate,
  // The merge cannot be undone from the app: the admin ticks that they know it.
  confirm: z.literal('on', 'organization.mergeConfirmRequired'),
});

export type CreateOrganizationInput = z.output<typeof createOrganizationSchema>;
export type UpdateOrganizationInput = z.output<typeof updateOrganizationSchema>;
export type MoveOrganizationInput = z.output<typeof moveOrganizationSchema>;
export type SetOrganizationActiveInput = z.output<typeof setOrganizationActiveSchema>;
export type MergeOrganizationInput = z.output<typeof mergeOrganizationSchema>;
