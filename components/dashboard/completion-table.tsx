import Link from 'next/link';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { formatPercent } from '@/lib/i18n/format.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { OwnerCompletion } from '@/lib/server/dashboard/count-tasks-by-owner.ts';
import { ownerTasksHref } from './task-links.ts';

/** Open (of which overdue), done and cancelled tasks and the share done, one row per owner unit. */
export function CompletionTable({ owners, caption, t, locale }: { owners: readonly OwnerCompletion[]; caption: string; t: Messages; locale: Locale }) {
  const text = t.dashboard;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{text.unit}</Th>
          <Th className="text-right">{text.open}</Th>
          <Th className="text-right">{text.ofWhichOverdue}</Th>
          <Th className="text-right">{text.done}</Th>
          <Th className="text-right">{text.cancelled}</Th>
          <Th className="text-right">{text.percentDone}</Th>
        </tr>
      </thead>
      <tbody>
        {owners.map((owner) => (
          <tr key={owner.organizationId} data-testid="completion-row">
            <Td><Link href={ownerTasksHref(owner.organizationId)}>{owner.name}</Link></Td>
            <Td className="text-right tabular-nums">{owner.open}</Td>
            <Td className={`text-right tabular-nums ${owner.overdue > 0 ? 'font-semibold text-red-800' : ''}`}>{owner.overdue}</Td>
            <Td className="text-right tabular-nums">{owner.done}</Td>
            <Td className="text-right tabular-nums">{owner.cancelled}</Td>
            <Td className="text-right tabular-nums">{owner.percentDone === null ? '' : formatPercent(owner.percentDone, locale)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
