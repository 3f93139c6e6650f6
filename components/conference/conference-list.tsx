import Link from 'next/link';
import { Badge } from '@/components/ui/badge.tsx';
import type { ConferenceKind, ConferenceStatus, RsvpStatus } from '@/lib/db/generated/prisma/enums.ts';
import { formatDate, formatTime } from '@/lib/i18n/format.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';

export interface ConferenceListItem {
  id: string;
  title: string;
  kind: ConferenceKind;
  status: ConferenceStatus;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  myAnswer?: RsvpStatus | null;
}

export function ConferenceList({ conferences, t, locale, emptyText }: { conferences: ConferenceListItem[]; t: Messages; locale: Locale; emptyText: string }) {
  if (conferences.length === 0) return <p className="text-sm text-stone-600">{emptyText}</p>;
  return (
    <ul className="divide-y divide-stone-100">
      {conferences.map((conference) => (
        <li key={conference.id} className="py-3">
          <Link href={`/conferences/${conference.id}`} className="font-medium">{conference.title}</Link>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-700">
            <time dateTime={conference.startsAt.toISOString()}>
              {formatDate(conference.startsAt, locale)} · {formatTime(conference.startsAt, locale)}–{formatTime(conference.endsAt, locale)}
            </time>
            {conference.venue ? <span>· {conference.venue}</span> : null}
            <Badge>{t.conferences.kinds[conference.kind]}</Badge>
            <Badge tone="info">{t.conferences.statuses[conference.status]}</Badge>
            {conference.myAnswer ? <Badge tone={conference.myAnswer === 'ATTENDING' ? 'good' : conference.myAnswer === 'DECLINED' ? 'bad' : 'warn'}>{t.conferences.mine}: {t.conferences.rsvp[conference.myAnswer]}</Badge> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
