import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { ConferenceDetail } from '@/lib/server/conferences/get-conference.ts';

export function QuorumNotice({ quorum, t }: { quorum: NonNullable<ConferenceDetail['quorum']>; t: Messages }) {
  const text = interpolate(quorum.met ? t.conferences.quorumMet : t.conferences.quorumNotMet, {
    present: quorum.present, expected: quorum.expected, required: quorum.required, committee: quorum.committee,
  });
  return (
    <p role={quorum.met ? 'status' : 'alert'} data-testid="quorum" className={`rounded-md px-3 py-2 text-sm ${quorum.met ? 'bg-green-50 text-green-900' : 'bg-red-50 text-red-900'}`}>
      <span className="font-semibold">{t.conferences.quorum}: </span>{text}
    </p>
  );
}
