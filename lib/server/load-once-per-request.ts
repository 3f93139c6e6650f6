import 'server-only';
import { cache } from 'react';

/**
 * A record page's `generateMetadata` and the page itself both need the record: wrapped in this, they
 * share one load per request (React's `cache`, keyed on the route's params) instead of running every
 * query of the use case twice.
 */
export function loadOncePerRequest<Params extends Record<string, string>, Result>(load: (params: Params) => Promise<Result>) {
  const once = cache((key: string) => load(JSON.parse(key) as Params));
  return async ({ params }: { params: Promise<Params> }): Promise<Result> => once(JSON.stringify(await params));
}
