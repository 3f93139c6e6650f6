import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';

export interface ConclusionRevisionView {
  revision: number;
  content: string;
  /** Null when the author is not known (a conclusion imported as published). */
  authorName: string | null;
  /** ISO instant, for <time>. */
  at: string;
  /** Day and time of the revision, formatted on the server in the user’s language. */
  date: string;
  time: string;
}

/** Who changed a published conclusion, what it said, and when: newest revision first. */
export function ConclusionHistory({ revisions, text }: { revisions: readonly ConclusionRevisionView[]; text: Messages['conclusionsForm'] }) {
  if (revisions.length === 0) return null;
  return (
    <details className="mt-3 rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-sm">
      <summary className="cursor-pointer font-medium text-stone-700">{interpolate(text.history, { count: revisions.length })}</summary>
      <ol className="mt-2 space-y-3" reversed>
        {revisions.map((revision) => (
          <li key={revision.revision} data-testid="conclusion-revision">
            <p className="text-stone-600">
              <span className="font-semibold text-stone-800">{interpolate(text.revision, { revision: revision.revision })}</span>
              {' · '}
              <time dateTime={revision.at}>
                {interpolate(text.revisionBy, { name: revision.authorName ?? text.unknownAuthor, time: revision.time, date: revision.date })}
              </time>
            </p>
            <p className="mt-1 whitespace-pre-line">{revision.content}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}
