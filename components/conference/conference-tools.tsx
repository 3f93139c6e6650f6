import Link from 'next/link';
import type { Messages } from '@/lib/i18n/messages/vi.ts';

const TOOLS = ['edit', 'agenda', 'invitations', 'attendance', 'minutes', 'documents'] as const;

/** Links to the office's work pages of one conference; shown only to those who manage it. */
export function ConferenceTools({ conferenceId, t }: { conferenceId: string; t: Messages }) {
  return (
    <nav aria-label={t.conferenceTools.label} className="no-print mb-6">
      <ul className="flex flex-wrap gap-2">
        {TOOLS.map((tool) => (
          <li key={tool}>
            <Link href={`/conferences/${conferenceId}/${tool}`} className="inline-block rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-800 no-underline hover:border-brand-600 hover:text-brand-700">
              {t.conferenceTools[tool]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
