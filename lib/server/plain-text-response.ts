/**
 * A route's answer when it sends no file: a short message in the user's language, never cached, never
 * sniffed into something else. The routes' refusals (400, 401, 403, 404) all look like this.
 */
export function plainTextResponse(body: string, status: number): Response {
  return new Response(body, { status, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}
