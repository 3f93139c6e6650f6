import Link from 'next/link';
import { interpolate } from '@/lib/i18n/interpolate.ts';

/**
 * "Đã hợp nhất vào {name} (ngày {date})" with the organisation's name as a link when the reader may
 * open it: the template is split at {name} so each language keeps its own word order.
 */
export function MergedNote({ template, into, date }: { template: string; into: { id: string; name: string; inScope?: boolean }; date: string }) {
  const [before = '', after = ''] = interpolate(template, { date, name: '\u0000' }).split('\u0000');
  return (
    <>
      {before}
      {into.inScope === false ? into.name : <Link href={`/organisations/${into.id}`}>{into.name}</Link>}
      {after}
    </>
  );
}
