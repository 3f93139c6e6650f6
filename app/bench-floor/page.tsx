import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { requireUser } from '@/lib/auth/session.ts';

// The framework's floor for `npm run bench` (scripts/bench/index.ts): a dynamic page that passes the same
// session check as every page of the app (proxy.ts, then requireUser: the JWT and the actor read fresh
// from the database) and renders one line, outside the app's layout. What any dynamic page costs here
// before our own work. Not a page of the product: it answers 404 unless the server was started with
// BENCH_FLOOR=1, which only the benchmark does.
export default async function BenchFloorPage() {
  await connection(); // rendered per request, never at build time (the variable is read at run time)
  if (process.env.BENCH_FLOOR !== '1') notFound();
  const actor = await requireUser();
  return <p>{actor.name}</p>;
}
