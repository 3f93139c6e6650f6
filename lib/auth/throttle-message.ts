// Shared by the server (which throws it from authorize) and the login form (which reads the time back).
export const THROTTLED_PREFIX = 'THROTTLED:';

/** The instant a throttled sign-in may be tried again, from next-auth's error text; null for other errors. */
export function retryAtOf(error: string | null | undefined): Date | null {
  if (!error?.startsWith(THROTTLED_PREFIX)) return null;
  const at = new Date(error.slice(THROTTLED_PREFIX.length));
  return Number.isNaN(at.getTime()) ? null : at;
}

// Thrown from authorize when the password is right but the account has a second factor and no code came:
// the login form then asks for the code and sends the name, password and code again.
export const SECOND_FACTOR_REQUIRED = 'SECOND_FACTOR_REQUIRED';

export function isSecondFactorRequired(error: string | null | undefined): boolean {
  return error === SECOND_FACTOR_REQUIRED;
}

// Thrown from authorize when another sign-in for the same name is being checked at that moment: the form
// asks to try again in a moment (the attempt was refused unchecked, and counts for nothing).
export const SIGN_IN_BUSY = 'SIGN_IN_BUSY';

export function isSignInBusy(error: string | null | undefined): boolean {
  return error === SIGN_IN_BUSY;
}
