import Link from 'next/link';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { diffSnapshots } from '@/lib/domain/audit-diff.ts';
import { formatDate, formatTime } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { AuditRow } from '@/lib/server/audit/find-audit-log.ts';

/** The page of each kind of record that has one; others are shown without a link. */
const RECORD_PAGES: Record<string, (id: string) => string> = {
  Task: (id) => `/tasks/${id}`,
  Conference: (id) => `/conferences/${id}`,
  Plan: (id) => `/plans/${id}`,
  Member: (id) => `/members/${id}`,
  User: (id) => `/accounts/${id}`,
  Resolution: (id) => `/resolutions/${id}`,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const OUTCOME_CLASS = { SUCCESS: 'text-stone-800', DENIED: 'font-medium text-red-800', FAILED: 'font-medium text-amber-900' } as const;

/** The rows of the log; each one's changes fold out (<details>) as a field-by-field table. */
export function AuditTable({ rows, t, locale }: { rows: AuditRow[]; t: Messages; locale: Locale }) {
  return (
    <Table caption={t.audit.caption} minWidth="min-w-[60rem]">
      <thead>
        <tr>
          <Th>{t.audit.time}</Th>
          <Th>{t.audit.actor}</Th>
          <Th>{t.audit.action}</Th>
          <Th>{t.audit.record}</Th>
          <Th>{t.audit.outcome}</Th>
          <Th>{t.audit.clientIp}</Th>
          <Th>{t.audit.changes}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const changes = diffSnapshots(row.before, row.after);
          const page = row.entityId && UUID.test(row.entityId) ? RECORD_PAGES[row.entity] : undefined;
          return (
            <tr key={row.id} data-testid="audit-row" data-audit-id={row.id}>
              <Td className="whitespace-nowrap">{formatTime(row.at, locale)} {formatDate(row.at, locale)}</Td>
              <Td>{row.actor ? <>{row.actor.member.fullName} <span className="text-stone-600">({row.actor.username})</span></> : <span className="text-stone-600">{t.audit.noActor}</span>}</Td>
              <Td className="font-mono text-xs">{row.action}</Td>
              <Td>
                {row.entity}
                {row.entityId ? (
                  <>
                    {' '}
                    {page ? <Link href={page(row.entityId)} className="font-mono text-xs">{row.entityId}</Link> : <span className="font-mono text-xs">{row.entityId}</span>}
                  </>
                ) : null}
              </Td>
              <Td className={OUTCOME_CLASS[row.outcome]}>{t.audit.outcomes[row.outcome]}</Td>
              <Td className="font-mono text-xs">{row.clientIp ?? ''}</Td>
              <Td>
                {changes.length === 0 ? (
                  <span className="text-stone-600">{t.audit.noChanges}</span>
                ) : (
                  <details>
                    <summary className="cursor-pointer text-brand-800">{interpolate(t.audit.showChanges, { count: changes.length })}</summary>
                    <table className="mt-2 w-full border-collapse text-xs">
                      <thead>
                        <tr>
                          <th scope="col" className="border-b border-stone-300 px-1 py-1 text-left">{t.audit.field}</th>
                          <th scope="col" className="border-b border-stone-300 px-1 py-1 text-left">{t.audit.before}</th>
                          <th scope="col" className="border-b border-stone-300 px-1 py-1 text-left">{t.audit.after}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {changes.map((change) => (
                          <tr key={change.field}>
                            <th scope="row" className="border-b border-stone-100 px-1 py-1 text-left font-mono font-normal">{change.field}</th>
                            <td className="border-b border-stone-100 px-1 py-1 break-all">{change.before ?? <span className="text-stone-600">{t.audit.emptyValue}</span>}</td>
                            <td className="border-b border-stone-100 px-1 py-1 break-all">{change.after ?? <span className="text-stone-600">{t.audit.emptyValue}</span>}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </details>
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
