import 'server-only';
import { headers } from 'next/headers';
import { serverEnv } from '../env.ts';

// The public address of the app, for links that leave it (calendar events, the feed URL a user copies
// into another app). NEXTAUTH_URL when set (`npm start` always sets it); else what the request came to.

function configured(): string | undefined {
  return serverEnv().NEXTAUTH_URL?.replace(/\/+$/, '');
}

/** In a route handler: NEXTAUTH_URL, else the request's own origin. */
export function appUrlOf(request: Request): string {
  return configured() ?? new URL(request.url).origin;
}

/** In a page or action: NEXTAUTH_URL, else the host the browser asked for. */
export async function requestAppUrl(): Promise<string> {
  const fromEnv = configured();
  if (fromEnv) return fromEnv;
  const list = await headers();
  const host = list.get('x-forwarded-host') ?? list.get('host') ?? 'localhost:3000';
  const protocol = list.get('x-forwarded-proto') ?? 'http';
  return `${protocol}://${host}`;
}
