import type { ReactNode } from 'react';

/** The tones of app/globals.css's `.badge-*` classes; each colour pair has 4.5:1 contrast or more. */
export type BadgeTone = 'neutral' | 'good' | 'warn' | 'bad' | 'info';

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
