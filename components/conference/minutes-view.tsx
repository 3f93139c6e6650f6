import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { ConferenceDetail } from '@/lib/server/conferences/get-conference.ts';

const SECTIONS = ['opening', 'reports', 'discussion', 'closing'] as const;

export function MinutesView({ minutes, t }: { minutes: NonNullable<ConferenceDetail['minutes']>; t: Messages }) {
  return (
    <div className="space-y-3">
      {SECTIONS.filter((section) => minutes[section]).map((section) => (
        <div key={section}>
          <h3 className="text-sm font-semibold text-stone-700">{t.conferences.minutesSections[section]}</h3>
          <p className="whitespace-pre-line text-sm">{minutes[section]}</p>
        </div>
      ))}
    </div>
  );
}
