import type { ReactNode } from 'react';
import { DocumentLinks } from '@/components/document/document-links.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { formatTime } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { ConferenceDetail } from '@/lib/server/conferences/get-conference.ts';

/**
 * The programme. On a phone (below `sm`) the presenter and duration columns fold under each item's
 * title, so the whole agenda reads without scrolling sideways; only one of the two renderings is
 * displayed at a time, so a screen reader hears each fact once.
 */
export function AgendaTable({ items, t, locale }: { items: ConferenceDetail['agendaItems']; t: Messages; locale: Locale }) {
  if (items.length === 0) return <p className="text-sm text-stone-600">{t.common.none}</p>;
  return (
    <Table caption={t.conferences.agenda} minWidth="sm:min-w-[36rem]">
      <thead>
        <tr>
          <Th className="w-16 sm:w-20">{t.conferences.agendaTime}</Th>
          <Th>{t.conferences.agendaItem}</Th>
          <Th className="hidden sm:table-cell">{t.conferences.presenter}</Th>
          <Th className="hidden w-24 text-right sm:table-cell">{t.conferences.duration}</Th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const presenter: ReactNode = item.presenter ? (
            <>
              {item.presenter.fullName}
              {item.presenter.title ? <span className="block text-xs text-stone-600">{item.presenter.title}</span> : null}
            </>
          ) : (item.presenterName ?? '');
          const duration = item.durationMinutes ? interpolate(t.conferences.minutes, { count: item.durationMinutes }) : '';
          const folded = presenter || duration;
          return (
            <tr key={item.id}>
              <Td className="whitespace-nowrap tabular-nums">{item.startsAt ? formatTime(item.startsAt, locale) : ''}</Td>
              <Td>
                {item.title}
                {folded ? (
                  <span className="mt-1 block text-stone-700 sm:hidden">
                    {item.presenter || item.presenterName ? <span className="block">{presenter}</span> : null}
                    {duration ? <span className="block text-xs text-stone-600">{duration}</span> : null}
                  </span>
                ) : null}
                <DocumentLinks documents={item.documents} label={interpolate(t.conferences.itemDocuments, { title: item.title })} />
              </Td>
              <Td className="hidden sm:table-cell">{presenter}</Td>
              <Td className="hidden whitespace-nowrap text-right tabular-nums sm:table-cell">{duration}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
