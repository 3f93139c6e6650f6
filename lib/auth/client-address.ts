/**
 * The client's address for the sign-in throttle: the first hop of X-Forwarded-For (which `next start`
 * sets from the socket, and a reverse proxy in front passes on), else X-Real-IP. Kept short: it is
 * only compared, never trusted for anything else.
 */
export function clientAddressOf(headers: Record<string, string | string[] | undefined> | Headers | undefined): string | null {
  const read = (name: string) => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = read('x-forwarded-for')?.split(',')[0]?.trim() || read('x-real-ip')?.trim();
  return forwarded ? forwarded.slice(0, 64) : null;
}
