import { Badge, type BadgeTone } from '@/components/ui/badge.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import type { AchievementStatus } from '@/lib/domain/achievement.ts';
import { formatNumber, formatPercent } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { ResolutionDetail } from '@/lib/server/resolutions/get-resolution.ts';

type TargetRow = ResolutionDetail['targets'][number];

const STATUS_TONE: Record<AchievementStatus, BadgeTone> = { EXCEEDED: 'good', ACHIEVED: 'good', NOT_YET: 'warn', AT_RISK: 'bad', NO_DATA: 'neutral' };

function withUnit(value: number, unit: TargetRow['unit'], t: Messages, locale: Locale): string {
  return unit === 'PERCENT' ? formatPercent(value, locale) : `${formatNumber(value, locale)} ${t.resolutions.units[unit]}`;
}

function goalText(target: TargetRow, t: Messages, locale: Locale): string {
  if (target.targetValue === null) return t.common.none;
  const value = withUnit(target.targetValue, target.unit, t, locale);
  const max = target.targetMax === null ? '' : withUnit(target.targetMax, target.unit, t, locale);
  const key = target.goalKind === 'REDUCTION_PER_YEAR' && target.targetMax !== null ? 'REDUCTION_PER_YEAR_RANGE' : target.goalKind;
  return interpolate(t.resolutions.goalText[key], { value, max });
}

export function TargetTable({ targets, t, locale }: { targets: TargetRow[]; t: Messages; locale: Locale }) {
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
              <Td className="tabular-nums text-stone-500">{target.position}</Td>
              <Td>
                <span className="font-medium">{target.name}</span>
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
                    {latest.breakdown.hasParts ? <Breakdown result={latest} t={t} locale={locale} /> : null}
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

function Breakdown({ result, t, locale }: { result: NonNullable<TargetRow['latest']>; t: Messages; locale: Locale }) {
  const check = result.breakdown;
  return (
    <details className="mt-1 text-xs" open={!check.matches}>
      <summary className="cursor-pointer text-stone-700">{result.breakdownLabel ?? t.resolutions.breakdown}</summary>
      <ul className="mt-1 space-y-0.5">
        {result.parts.map((part) => (
          <li key={part.label} className="flex justify-between gap-4 tabular-nums"><span>{part.label}</span><span>{formatNumber(part.value, locale)}</span></li>
        ))}
      </ul>
      <p role={check.matches ? undefined : 'alert'} data-testid="breakdown-check" className={`mt-1 rounded px-1.5 py-0.5 ${check.matches ? 'bg-green-50 text-green-900' : 'bg-red-50 font-medium text-red-900'}`}>
        {check.matches
          ? t.resolutions.breakdownMatches
          : interpolate(t.resolutions.breakdownMismatch, { sum: formatNumber(check.sum, locale), total: formatNumber(check.total, locale), difference: formatNumber(check.difference, locale) })}
      </p>
    </details>
  );
}
