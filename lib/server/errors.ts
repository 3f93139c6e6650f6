// Errors a use case throws for outcomes the user must be told about. Actions map them to messages in
// the user's language (lib/server/action-state.ts); anything else is a bug and surfaces as such.

/** A record that does not exist or lies outside the actor's scope: the two look the same on purpose. */
export class NotFoundError extends Error {
  constructor(readonly entity: string) {
    super(`${entity} not found`);
    this.name = 'NotFoundError';
  }
}

/** Someone saved the record after this form was loaded; nothing was written. */
export class StaleRecordError extends Error {
  constructor(readonly entity: string, readonly changedBy: string | null, readonly changedAt: Date) {
    super(`${entity} was changed by ${changedBy ?? 'someone'} at ${changedAt.toISOString()}`);
    this.name = 'StaleRecordError';
  }
}

/**
 * Input that is well-formed but breaks a rule that needs the database to check (a duplicate number,
 * a closed conference). `messageKey` names an entry of the `errors` message catalogue; `field` puts
 * the message next to the field that caused it.
 */
export class RuleViolationError extends Error {
  constructor(readonly messageKey: string, readonly values: Record<string, string | number> = {}, readonly field?: string) {
    super(messageKey);
    this.name = 'RuleViolationError';
  }
}
