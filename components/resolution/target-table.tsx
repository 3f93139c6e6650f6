import Link from 'next/link';
import { Badge } from '@/components/ui/badge.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { formatPercent } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { ResolutionDetail } from '@/lib/server/resolutions/get-resolution.ts';
import { BreakdownCheck } from './breakdown-check.tsx';
import { goalText, STATUS_TONE, withUnit } from './target-format.ts';

type TargetRow = ResolutionDetail['targets'][number];

/** The targets of a resolution, each row opening the target's own page (its results, conferences and tasks). */
export function TargetTable({ resolutionId, targets, t, locale }: { resolutionId: string; targets: TargetRow[]; t: Messages; locale: Locale }) {
  return (
    <Table caption={t.resolutions.targets}>
      <thead>
        <tr>
          <Th className="w-8">#</Th>
          <Th>{t.resolutions.target}</Th>
          <Th>{t.resolutions.goal}</Th>
          <Th>{t.resolutions.result}</Th>
          <Th className="text-right">{t.resolutions.achievement}</Th>
          <Th>{t.resolutions.status}</Th>
        </tr>
      </thead>
      <tbody>
        {targets.map((target) => {
          const latest = target.latest;
          return (
            <tr key={target.id} data-testid="target-row">
              <Td className="tabular-nums text-stone-600">{target.position}</Td>
              <Td>
                <Link href={`/resolutions/${resolutionId}/targets/${target.id}`} className="font-medium">{target.name}</Link>
                {target.description ? <span className="block text-xs text-stone-600">{target.description}</span> : null}
              </Td>
              <Td>{goalText(target, t, locale)}</Td>
              <Td>
                {latest ? (
                  <>
                    <span className="whitespace-nowrap font-medium tabular-nums">
                      {t.resolutions.qualifiers[latest.qualifier]} {withUnit(latest.value, target.unit, t, locale)}
                    </span>
                    <span className="block text-xs text-stone-600">{interpolate(t.resolutions.periods[latest.period], { year: latest.year })}</span>
                    {latest.achievement.reductionPerYear !== undefined ? (
                      <span className="block text-xs text-stone-600">{interpolate(t.resolutions.reductionPerYear, { value: withUnit(latest.achievement.reductionPerYear, target.unit, t, locale) })}</span>
                    ) : null}
                    {latest.note ? <span className="block text-xs text-stone-600">{latest.note}</span> : null}
                    {latest.breakdown.hasParts ? <BreakdownCheck result={latest} t={t} locale={locale} /> : null}
                  </>
                ) : (
                  <span className="text-stone-600">{t.resolutions.noResult}</span>
                )}
              </Td>
              <Td className="whitespace-nowrap text-right font-medium tabular-nums">
                {latest?.achievement.percent != null ? formatPercent(latest.achievement.percent, locale) : ''}
              </Td>
              <Td><Badge tone={STATUS_TONE[latest?.achievement.status ?? 'NO_DATA']}>{t.resolutions.statuses[latest?.achievement.status ?? 'NO_DATA']}</Badge></Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
