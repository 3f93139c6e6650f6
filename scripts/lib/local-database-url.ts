// Destructive tests (they create and drop databases) run only against a server on this machine.
// Same guard as dub's apps/web/playwright/assert-local-database.ts.
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function assertLocalDatabaseUrl(url: string, variable: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${variable} is not a valid URL.`);
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new Error(`${variable} must be a postgres:// or postgresql:// URL.`);
  // libpq's ?host=/path form points at a Unix socket, which is local by definition.
  const socketDir = parsed.searchParams.get('host');
  const local = socketDir ? socketDir.startsWith('/') : LOCAL_HOSTS.has(parsed.hostname);
  if (!local) {
    throw new Error(
      `${variable} points at ${socketDir ?? parsed.hostname}, which is not this machine. The tests create and drop ` +
        'databases, so they only run against a local server (localhost, 127.0.0.1 or ::1). ' +
        'Unset it to use the embedded database instead.',
    );
  }
}
