// The child process of sigkill.test.ts: loads the app's modules, says `ready`, waits for `go` on stdin
// (so the parent can start the next child while killing this one), then makes multi-row writes one
// after the other through the app's own database client (lib/db/client.ts) until it is killed,
// printing `begin <tag>` before and `done <tag>` after each. The test bundles it first (a third of the
// start-up time of running it through tsx) and runs `node --conditions=react-server <bundle> '<job JSON>'`
// (react-server: the use cases `import 'server-only'`). Env: DATABASE_URL, DATABASE_POOL_MAX, NEXTAUTH_SECRET.
import { createInterface } from 'node:readline';
import { loadActor } from '../../../lib/auth/load-actor.ts';
import { db } from '../../../lib/db/client.ts';
import { importMembers, publishAndAssign, type ConclusionFixture } from './crash-writes.ts';

export type CrashJob =
  | { kind: 'import'; userId: string; tags: string[] }
  | { kind: 'conclusion'; userId: string; fixture: ConclusionFixture; indexes: number[] };

const job = JSON.parse(process.argv[2] ?? '') as CrashJob;
const say = (line: string) => process.stdout.write(`${line}\n`);

// Loads Prisma's query compiler now, while the previous writer is still writing.
await db().$connect();
say('ready');
await new Promise<void>((resolve) => {
  const input = createInterface({ input: process.stdin });
  input.on('line', (line) => {
    if (line.trim() === 'go') {
      input.close();
      resolve();
    }
  });
});

const actor = await loadActor(job.userId);
if (!actor) throw new Error(`user ${job.userId} is not active`);
say('connected');
if (job.kind === 'import') {
  for (const tag of job.tags) {
    say(`begin ${tag}`);
    await importMembers(actor, tag);
    say(`done ${tag}`);
  }
} else {
  for (const index of job.indexes) {
    say(`begin ${index}`);
    await publishAndAssign(db(), actor, job.fixture, index);
    say(`done ${index}`);
  }
}
// Then wait to be killed like the others: the parent tells "ended by itself" apart as a failure.
say('finished');
setInterval(() => undefined, 60_000);
