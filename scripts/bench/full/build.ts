// `npm run bench -- --build`: the production build the benchmark measures, in .next-bench (next.config.js
// reads NEXT_DIST_DIR) so that a developer's .next is never replaced. `next build` adds its dist folder's
// type globs to tsconfig.json and points next-env.d.ts at them; both are put back as they were, so the
// bench's build leaves no change in the working tree. BENCH_BUILD=1 skips the type check (next.config.js).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitCodeOf, runNodeScript } from '../../lib/child-process.ts';
import { DIST_DIR } from './servers.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export async function buildForBench(): Promise<void> {
  const kept = ['tsconfig.json', 'next-env.d.ts'].map((file) => {
    const full = path.join(ROOT, file);
    try {
      return { full, text: readFileSync(full, 'utf8') };
    } catch {
      return { full, text: null };
    }
  });
  try {
    const build = runNodeScript(path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), ['build'], { ...process.env, NEXT_DIST_DIR: DIST_DIR, BENCH_BUILD: '1', NEXT_TELEMETRY_DISABLED: '1' });
    const code = exitCodeOf(await build.exited);
    if (code !== 0) throw new Error(`next build failed (exit ${code})`);
  } finally {
    for (const { full, text } of kept) if (text !== null && readFileSync(full, 'utf8') !== text) writeFileSync(full, text);
  }
}
