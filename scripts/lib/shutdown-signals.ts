// Ctrl-C (SIGINT), SIGTERM (docker stop, systemd) and SIGHUP (terminal closed) all mean "shut down".
// Installing a handler replaces Node's default of exiting at once, which would skip our cleanup.
export type ShutdownSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

const SIGNALS: readonly ShutdownSignal[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/**
 * One Ctrl-C often arrives twice: from the terminal (to the whole process group) and relayed by the
 * parent (`tsx` relays signals it receives to its child). Within this window it counts once.
 */
const SAME_PRESS_MS = 300;

export interface ShutdownWatch {
  /** A shutdown signal has arrived. */
  readonly requested: boolean;
}

/** Calls `onSignal` for every press, with how many there have been (1 for the first). Never uninstalled. */
export function watchShutdownSignals(onSignal: (signal: ShutdownSignal, count: number) => void): ShutdownWatch {
  let count = 0;
  let last = 0;
  const handler = (signal: ShutdownSignal) => {
    const now = Date.now();
    if (count > 0 && now - last < SAME_PRESS_MS) return;
    last = now;
    count += 1;
    onSignal(signal, count);
  };
  for (const signal of SIGNALS) process.on(signal, handler);
  return {
    get requested() {
      return count > 0;
    },
  };
}
