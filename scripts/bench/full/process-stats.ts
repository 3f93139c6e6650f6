// CPU time and memory of a server and its children, read from /proc (Linux): the load generator runs in
// another process, so this is the server's own work only.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function children(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** The process and all its descendants. */
function tree(pid: number): number[] {
  const all = [pid];
  for (let index = 0; index < all.length; index++) all.push(...children(all[index]!));
  return [...new Set(all)];
}

/** User + system CPU seconds of the process tree. */
export function cpuSeconds(pid: number): number {
  let ticks = 0;
  for (const id of tree(pid)) {
    try {
      // Fields after the command's closing parenthesis: utime is the 14th field overall, stime the 15th.
      const stat = readFileSync(`/proc/${id}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks / TICKS_PER_SECOND;
}

/** Resident memory of the process tree, in MiB. */
export function rssMiB(pid: number): number {
  let kib = 0;
  for (const id of tree(pid)) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, 'utf8'));
      kib += Number(match?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return kib / 1024;
}

/**
 * Waits until the process tree is idle: under 5 % of one core in two windows of 250 ms in a row, i.e. the
 * requests a load run left in flight (their connections closed, their pages still rendering) have drained
 * and nothing of the last run is measured in the next. Returns the seconds waited; gives up after `maxSeconds`.
 */
export async function waitForIdle(pid: number, maxSeconds = 30): Promise<number> {
  const WINDOW_MS = 250;
  const started = performance.now();
  let quiet = 0;
  let before = cpuSeconds(pid);
  while (quiet < 2 && performance.now() - started < maxSeconds * 1000) {
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
    const now = cpuSeconds(pid);
    quiet = now - before < 0.05 * (WINDOW_MS / 1000) ? quiet + 1 : 0;
    before = now;
  }
  return (performance.now() - started) / 1000;
}
