import Link from 'next/link';
import { Badge } from '@/components/ui/badge.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { formatDate, formatPercent } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import type { TargetDetail } from '@/lib/server/targets/get-target.ts';
import { BreakdownCheck } from './breakdown-check.tsx';
import { RemoveResultForm } from './remove-result-form.tsx';
import { STATUS_TONE, withUnit } from './target-format.ts';

interface Props {
  target: TargetDetail;
  t: Messages;
  locale: Locale;
  /** The result whose edit form is open, highlighted in the table. */
  editingId: string | null;
  /** Edit and remove per row, for those who may record results. */
  controls: { editHref: (resultId: string) => string; removeAction: (state: ActionState, formData: FormData) => Promise<ActionState> } | null;
}

/** Every result of a target over the term, oldest first, with its achievement and breakdown check. */
export function ResultTable({ target, t, locale, editingId, controls }: Props) {
  return (
    <Table caption={t.targets.resultsSection}>
      <thead>
        <tr>
          <Th>{t.resolutions.period}</Th>
          <Th>{t.resolutions.result}</Th>
          <Th className="text-right">{t.resolutions.achievement}</Th>
          <Th>{t.resolutions.status}</Th>
          <Th>{t.targets.reviewedBy}</Th>
          {controls ? <Th className="w-32">{t.targets.actions}</Th> : null}
        </tr>
      </thead>
      <tbody>
        {target.results.map((result) => {
          const period = interpolate(t.resolutions.periods[result.period], { year: result.year });
          return (
            <tr key={result.id} data-testid="result-row" className={result.id === editingId ? 'bg-brand-50' : undefined}>
              <Td className="whitespace-nowrap font-medium">{period}</Td>
              <Td>
                <span className="whitespace-nowrap font-medium tabular-nums">
                  {t.resolutions.qualifiers[result.qualifier]} {withUnit(result.value, target.unit, t, locale)}
                </span>
                {result.achievement.reductionPerYear !== undefined ? (
                  <span className="block text-xs text-stone-600">{interpolate(t.resolutions.reductionPerYear, { value: withUnit(result.achievement.reductionPerYear, target.unit, t, locale) })}</span>
                ) : null}
                {result.note ? <span className="block text-xs text-stone-600">{result.note}</span> : null}
                {result.source ? <span className="block text-xs text-stone-600">{t.common.source}: {result.source}</span> : null}
                {result.breakdown.hasParts ? <BreakdownCheck result={result} t={t} locale={locale} /> : null}
              </Td>
              <Td className="whitespace-nowrap text-right font-medium tabular-nums">{result.achievement.percent != null ? formatPercent(result.achievement.percent, locale) : ''}</Td>
              <Td><Badge tone={STATUS_TONE[result.achievement.status]}>{t.resolutions.statuses[result.achievement.status]}</Badge></Td>
              <Td>
                {result.conference ? (
                  <Link href={`/conferences/${result.conference.id}`}>{formatDate(result.conference.startsAt, locale)}<span className="sr-only"> — {result.conference.title}</span></Link>
                ) : (
                  <span className="text-stone-600">{t.common.none}</span>
                )}
              </Td>
              {controls ? (
                <Td>
                  <div className="flex flex-wrap items-start gap-1">
                    <Link
                      href={controls.editHref(result.id)} aria-label={interpolate(t.targets.editLabel, { period })} aria-current={result.id === editingId ? 'true' : undefined}
                      className="rounded-md border border-stone-300 bg-white px-2 py-1 text-xs text-stone-800 no-underline hover:border-brand-600"
                    >
                      {t.targets.edit}
                    </Link>
                    <RemoveResultForm
                      action={controls.removeAction} resultId={result.id} version={result.version}
                      text={{ remove: t.targets.remove, removeLabel: interpolate(t.targets.removeLabel, { period }), removeConfirm: interpolate(t.targets.removeConfirm, { period }), removeSubmit: t.targets.removeSubmit }}
                    />
                  </div>
                </Td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
