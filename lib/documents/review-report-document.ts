import 'server-only';
import type { Achievement, GoalKind } from '../domain/achievement.ts';
import type { BreakdownCheck } from '../domain/breakdown.ts';
import { formatNumber, formatPercent } from '../i18n/format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import { vi } from '../i18n/messages/vi.ts';
import { conferenceDay, planReference, type ConferenceFacts } from './conference-facts.ts';
import {
  bodyParagraph, closingBlock, dataTable, documentTitle, heading, packDocument, partyDocument, partyHeader, run, SIZE,
  type CellContent, type DocumentIssuer,
} from './party-layout.ts';

// Báo cáo sơ kết: the report the conference reviews, with the table of the resolution's targets —
// goal, result, achievement and status, all computed (lib/domain) — and every breakdown whose parts
// do not add up to its total flagged in the table itself ("233 + 106 + 2 + 1 + 1 = 343, lệch so với
// 357"), then the directions the conference set (its published conclusions).

type Unit = keyof typeof vi.resolutions.units;

export interface ReportTarget {
  position: number;
  name: string;
  unit: Unit;
  goal: { goalKind: GoalKind; targetValue: number | null; targetMax: number | null };
  result: {
    period: keyof typeof vi.resolutions.periods;
    year: number;
    value: number;
    qualifier: keyof typeof vi.resolutions.qualifiers;
    breakdownLabel: string | null;
    parts: readonly { label: string; value: number }[];
    achievement: Achievement;
    breakdown: BreakdownCheck;
  };
}

export interface ReviewReportData {
  issuer: DocumentIssuer;
  conference: ConferenceFacts;
  /** The resolutions whose targets the table holds (usually the one of the term). */
  resolutions: readonly string[];
  /** One row per result the conference reviewed, in the resolution's order of targets. */
  targets: readonly ReportTarget[];
  /** The published conclusions: the directions to the end of the term. */
  directions: readonly { number: number; content: string }[];
}

const n = (value: number) => formatNumber(value, 'vi');

/** "69,5 %", "357 người", "14 tỷ đồng". */
function withUnit(value: number, unit: Unit): string {
  return unit === 'PERCENT' ? formatPercent(value, 'vi') : `${n(value)} ${vi.resolutions.units[unit]}`;
}

/** "Đạt ít nhất 203 người", "Giảm 1 % – 1,2 % mỗi năm" (the same words as the resolution page). */
export function goalText(target: Pick<ReportTarget, 'goal' | 'unit'>): string {
  const { goal, unit } = target;
  if (goal.targetValue === null) return 'Chưa xác định';
  const key = goal.goalKind === 'REDUCTION_PER_YEAR' && goal.targetMax !== null ? 'REDUCTION_PER_YEAR_RANGE' : goal.goalKind;
  return interpolate(vi.resolutions.goalText[key], { value: withUnit(goal.targetValue, unit), max: goal.targetMax === null ? '' : withUnit(goal.targetMax, unit) });
}

/** "233 + 106 + 2 + 1 + 1 = 343, lệch so với 357", or null when the parts add up (or there are none). */
export function breakdownFlag(result: Pick<ReportTarget['result'], 'parts' | 'breakdown'>): string | null {
  if (!result.breakdown.hasParts || result.breakdown.matches) return null;
  return `${result.parts.map((part) => n(part.value)).join(' + ')} = ${n(result.breakdown.sum)}, lệch so với ${n(result.breakdown.total)}`;
}

function resultCell(target: ReportTarget): CellContent {
  const { result, unit } = target;
  const qualifier = vi.resolutions.qualifiers[result.qualifier];
  const small = (text: string, style: { bold?: boolean; italics?: boolean } = {}) => [run(text, { size: SIZE.small, ...style })];
  const flag = breakdownFlag(result);
  return [
    [run(`${qualifier ? `${qualifier} ` : ''}${withUnit(result.value, unit)}`, { bold: true, size: SIZE.table })],
    small(interpolate(vi.resolutions.periods[result.period], { year: result.year })),
    ...(result.achievement.reductionPerYear !== undefined
      ? [small(interpolate(vi.resolutions.reductionPerYear, { value: withUnit(result.achievement.reductionPerYear, unit) }))]
      : []),
    ...(result.parts.length > 0
      ? [small(`${result.breakdownLabel ?? 'Chi tiết'}: ${result.parts.map((part) => `${part.label} ${n(part.value)}`).join('; ')}`)]
      : []),
    ...(flag ? [small(`Lưu ý: ${flag}`, { bold: true, italics: true })] : []),
  ];
}

export async function buildReviewReportDocument(data: ReviewReportData): Promise<Uint8Array<ArrayBuffer>> {
  const { issuer, conference } = data;
  const plan = planReference(conference);
  const subject = conference.title.replace(/^Hội nghị\s+/u, '');
  const what = data.resolutions.length === 1 ? (data.resolutions[0] ?? '') : 'các nghị quyết';
  const flagged = data.targets.filter((target) => breakdownFlag(target.result));

  const children = [
    partyHeader({ issuer, kind: 'report', isoDate: conferenceDay(conference) }),
    ...documentTitle('report', subject.charAt(0).toLocaleUpperCase('vi') + subject.slice(1)),
    bodyParagraph([`${plan ? `Thực hiện ${plan}, ` : ''}${issuer.name} báo cáo kết quả thực hiện các chỉ tiêu của ${what} như sau:`]),
    heading('I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU'),
    data.targets.length > 0
      ? dataTable(
        [
          { header: 'STT', share: 6, align: 'center' },
          { header: 'Chỉ tiêu', share: 27 },
          { header: 'Mục tiêu', share: 17 },
          { header: 'Kết quả', share: 26 },
          { header: 'Tỷ lệ đạt', share: 10, align: 'right' },
          { header: 'Đánh giá', share: 14 },
        ],
        data.targets.map((target) => [
          String(target.position),
          target.name,
          goalText(target),
          resultCell(target),
          target.result.achievement.percent === null ? '' : formatPercent(target.result.achievement.percent, 'vi'),
          vi.resolutions.statuses[target.result.achievement.status],
        ]),
      )
      : bodyParagraph(['Hội nghị chưa có kết quả chỉ tiêu nào để xem xét.']),
    ...flagged.map((target) => bodyParagraph([run('Ghi chú: ', { bold: true, italics: true }), run(
      `số liệu chi tiết của chỉ tiêu ${target.position} (${target.name}) không khớp với tổng: ${breakdownFlag(target.result)}; đề nghị đơn vị báo cáo rà soát lại.`,
      { italics: true },
    )])),
    ...(data.directions.length > 0
      ? [
        heading('II. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM ĐẾN CUỐI NHIỆM KỲ'),
        ...data.directions.map((direction) => bodyParagraph([`${direction.number}. ${direction.content}`])),
      ]
      : []),
    bodyParagraph([`Trên đây là báo cáo của ${issuer.name}./.`]),
    ...closingBlock({
      recipients: [...(issuer.superiorCommittee ? [`${issuer.superiorCommittee} (để báo cáo)`] : []), 'Các đồng chí Ủy viên Ban Chấp hành', 'Các chi bộ, đảng bộ bộ phận trực thuộc', 'Lưu Văn phòng'],
      signature: issuer.signature,
    }),
  ];
  return packDocument(partyDocument({ title: `Báo cáo ${subject}`, issuer, children }));
}
