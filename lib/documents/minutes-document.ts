import 'server-only';
import type { AttendanceCount, Quorum } from '../domain/quorum.ts';
import { formatNumber } from '../i18n/format.ts';
import { vi } from '../i18n/messages/vi.ts';
import { comrades, conferenceDay, timeText, whenText, type ConferenceFacts } from './conference-facts.ts';
import {
  bodyParagraph, documentTitle, heading, labelled, packDocument, partyDocument, partyHeader, twoSignatures, type DocumentIssuer,
} from './party-layout.ts';

// Biên bản: the record of the conference, written by its secretary and signed by the secretary and
// the chair: when and where, who was expected and who came (with the two-thirds quorum of the
// committee whose meeting it is), what was said, and what the conference concluded.

export interface MinutesDocumentData {
  issuer: DocumentIssuer;
  conference: ConferenceFacts;
  routes: readonly string[];
  attendance: AttendanceCount;
  /** Those who were absent or late, by name, with the note the register holds. */
  notPresent: readonly { name: string; status: 'LATE' | 'EXCUSED' | 'ABSENT'; note: string | null }[];
  quorum: (Quorum & { committee: string }) | null;
  minutes: { opening: string | null; reports: string | null; discussion: string | null; closing: string | null } | null;
  conclusions: readonly { number: number; content: string }[];
}

const SECTIONS = ['opening', 'reports', 'discussion', 'closing'] as const;

export async function buildMinutesDocument(data: MinutesDocumentData): Promise<Uint8Array<ArrayBuffer>> {
  const { issuer, conference, attendance } = data;
  const n = (value: number) => formatNumber(value, 'vi');
  const chair = conference.chairs[0];

  const children = [
    partyHeader({ issuer, kind: 'minutes', isoDate: conferenceDay(conference) }),
    ...documentTitle('minutes', conference.title),
    labelled('Thời gian', `bắt đầu lúc ${whenText(conference)}.`),
    labelled('Địa điểm', `${conference.venue ?? ''}.`),
    labelled('Chủ trì', `${comrades(conference.chairs) || '…'}.`),
    labelled('Thư ký', `${conference.secretary ? comrades([conference.secretary]) : '…'}.`),
    ...(data.routes.length > 0 ? [labelled('Thành phần mời', `${data.routes.join('; ')}.`)] : []),

    heading('I. TÌNH HÌNH ĐẠI BIỂU DỰ HỘI NGHỊ'),
    bodyParagraph([
      `Tổng số đại biểu được mời: ${n(attendance.total)}; có mặt: ${n(attendance.present)} (trong đó đến muộn: ${n(attendance.late)}); `
      + `vắng có lý do: ${n(attendance.excused)}; vắng không lý do: ${n(attendance.absent)}`
      + `${attendance.unrecorded > 0 ? `; chưa điểm danh: ${n(attendance.unrecorded)}` : ''}.`,
    ]),
    ...data.notPresent.map((person) => bodyParagraph([
      `- ${vi.conferences.attendanceStatus[person.status]}: đồng chí ${person.name}${person.note ? ` (${person.note})` : ''}.`,
    ])),
    ...(data.quorum ? [bodyParagraph([quorumStatement(data.quorum)])] : []),

    heading('II. DIỄN BIẾN HỘI NGHỊ'),
    ...SECTIONS.flatMap((section, index) => {
      const text = data.minutes?.[section]?.trim();
      return [labelled(`${index + 1}. ${vi.conferences.minutesSections[section]}`, text ? text : '…')];
    }),

    heading('III. KẾT LUẬN CỦA HỘI NGHỊ'),
    ...(data.conclusions.length > 0
      ? data.conclusions.map((conclusion) => bodyParagraph([`${conclusion.number}. ${conclusion.content}`]))
      : [bodyParagraph(['Hội nghị chưa ghi nhận kết luận.'])]),

    bodyParagraph([`Hội nghị kết thúc lúc ${timeText(conference.endsAt)} cùng ngày. Biên bản đã được thông qua trước Hội nghị./.`]),
    ...twoSignatures(
      { onBehalfOf: null, position: 'THƯ KÝ HỘI NGHỊ', name: conference.secretary?.fullName ?? null },
      { onBehalfOf: null, position: 'CHỦ TRÌ HỘI NGHỊ', name: chair?.fullName ?? null },
    ),
  ];
  return packDocument(partyDocument({ title: `Biên bản ${conference.title}`, issuer, children }));
}

/** "Ban Chấp hành Đảng bộ Sở có 9 đồng chí, có mặt 8 đồng chí …; Hội nghị đủ điều kiện tiến hành theo quy định." */
export function quorumStatement(quorum: Quorum & { committee: string }): string {
  const n = (value: number) => formatNumber(value, 'vi');
  const counted = `${quorum.committee} có ${n(quorum.expected)} đồng chí, có mặt ${n(quorum.present)} đồng chí`;
  return quorum.met
    ? `${counted}, bảo đảm ít nhất hai phần ba (${n(quorum.required)} đồng chí); Hội nghị đủ điều kiện tiến hành theo quy định.`
    : `${counted}, chưa đủ hai phần ba (cần ít nhất ${n(quorum.required)} đồng chí, còn thiếu ${n(quorum.shortfall)}); Hội nghị chưa đủ điều kiện hợp lệ theo quy định.`;
}
