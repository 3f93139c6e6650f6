import { DocumentLinks } from '@/components/document/document-links.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { formatTime } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { ConferenceDetail } from '@/lib/server/conferences/get-conference.ts';

export function AgendaTable({ items, t, locale }: { items: ConferenceDetail['agendaItems']; t: Messages; locale: Locale }) {
  if (items.length === 0) return <p className="text-sm text-stone-600">{t.common.none}</p>;
  return (
    <Table caption={t.conferences.agenda}>
      <thead>
        <tr>
          <Th className="w-20">{t.conferences.agendaTime}</Th>
          <Th>{t.conferences.agendaItem}</Th>
          <Th>{t.conferences.presenter}</Th>
          <Th className="w-24 text-right">{t.conferences.duration}</Th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <Td className="whitespace-nowrap tabular-nums">{item.startsAt ? formatTime(item.startsAt, locale) : ''}</Td>
            <Td>
              {item.title}
              <DocumentLinks documents={item.documents} label={interpolate(t.conferences.itemDocuments, { title: item.title })} />
            </Td>
            <Td>
              {item.presenter ? (
                <>
                  {item.presenter.fullName}
                  {item.presenter.title ? <span className="block text-xs text-stone-600">{item.presenter.title}</span> : null}
                </>
              ) : (item.presenterName ?? '')}
            </Td>
            <Td className="whitespace-nowrap text-right tabular-nums">{item.durationMinutes ? interpolate(t.conferences.minutes, { count: item.durationMinutes }) : ''}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
