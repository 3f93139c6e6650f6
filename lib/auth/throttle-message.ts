// Shared by the server (which throws it from authorize) and the login form (which reads the time back).
export const THROTTLED_PREFIX = 'THROTTLED:';

/** The instant a throttled sign-in may be tried again, from next-auth's error text; null for other errors. */
export function retryAtOf(error: string | null | undefined): Date | null {
  if (!error?.startsWith(THROTTLED_PREFIX)) return null;
  const at = new Date(error.slice(THROTTLED_PREFIX.length));
  return Number.isNaN(at.getTime()) ? null : at;
}
