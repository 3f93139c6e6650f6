import 'server-only';
import { Paragraph } from 'docx';
import { formatTime } from '../i18n/format.ts';
import { comrades, planReference, whenText, type ConferenceFacts } from './conference-facts.ts';
import {
  bodyParagraph, centered, closingBlock, dataTable, documentTitle, labelled, packDocument, partyDocument, partyHeader, run, SIZE,
  type DocumentIssuer,
} from './party-layout.ts';

// Giấy mời: the invitation to a conference, either to one person (their name in the text) or as one
// document for everyone with the list of those invited after the signature.

export interface InvitedPerson {
  name: string;
  title: string | null;
  unit: string | null;
}

export interface InvitationDocumentData {
  issuer: DocumentIssuer;
  conference: ConferenceFacts;
  agenda: readonly { startsAt: Date | null; title: string; presenter: string | null }[];
  /** The invitation routes as the office named them ("Ủy viên Ban Chấp hành Đảng bộ Sở" …). */
  routes: readonly string[];
  /** One person, or everyone invited (in Vietnamese name order) for the list. */
  to: { person: InvitedPerson } | { list: readonly InvitedPerson[] };
  /** 'YYYY-MM-DD': the day the office issues (prints and signs) the invitation. */
  issuedOn: string;
}

export async function buildInvitationDocument(data: InvitationDocumentData): Promise<Uint8Array<ArrayBuffer>> {
  const { issuer, conference } = data;
  const plan = planReference(conference);
  const inviting = `${issuer.name} trân trọng kính mời:`;
  const addressee = 'person' in data.to
    ? [centered(`Đồng chí ${data.to.person.name}`, { bold: true }), ...(describe(data.to.person) ? [centered(describe(data.to.person))] : [])]
    : [
      centered('Các đồng chí có tên trong danh sách kèm theo', { bold: true }),
      ...(data.routes.length > 0 ? [centered(`(${data.routes.join('; ')})`, { italics: true })] : []),
    ];

  const children = [
    partyHeader({ issuer, kind: 'invitation', isoDate: data.issuedOn }),
    ...documentTitle('invitation', null),
    bodyParagraph([inviting], { indent: false }),
    ...addressee,
    bodyParagraph([], { indent: false }),
    labelled('Đến dự', conference.title),
    ...(plan ? [bodyParagraph([`(Thực hiện ${plan} của ${issuer.name}.)`], { indent: true })] : []),
    labelled('Thời gian', `${whenText(conference)}.`),
    labelled('Địa điểm', `${conference.venue ?? 'Văn phòng sẽ thông báo sau'}.`),
    ...(conference.chairs.length > 0 ? [labelled('Chủ trì', `${comrades(conference.chairs)}.`)] : []),
    ...agendaParagraphs(data.agenda),
    bodyParagraph([`Đề nghị ${'person' in data.to ? 'đồng chí' : 'các đồng chí'} sắp xếp thời gian đến dự Hội nghị đúng giờ; trường hợp vắng mặt xin báo trước cho Văn phòng./.`]),
    ...closingBlock({ recipients: 'person' in data.to ? ['Như trên', 'Lưu Văn phòng'] : ['Như thành phần mời', 'Lưu Văn phòng'], signature: issuer.signature }),
    ...('list' in data.to ? inviteeList(data.to.list) : []),
  ];
  return packDocument(partyDocument({ title: `Giấy mời ${conference.title}`, issuer, children }));
}

function describe(person: InvitedPerson): string {
  return [person.title, person.unit].filter(Boolean).join(', ');
}

/** "Nội dung:" then the programme, one line per item: "- 07:30: Tuyên bố lý do … (đồng chí …)". */
function agendaParagraphs(agenda: InvitationDocumentData['agenda']) {
  if (agenda.length === 0) return [];
  return [
    labelled('Nội dung', 'theo chương trình sau'),
    ...agenda.map((item) => bodyParagraph([
      `- ${item.startsAt ? `${formatTime(item.startsAt, 'vi')}: ` : ''}${item.title}${item.presenter ? ` (${item.presenter})` : ''}.`,
    ])),
  ];
}

/** The list of those invited, on a page of its own after the signature. */
function inviteeList(list: readonly InvitedPerson[]) {
  return [
    new Paragraph({ pageBreakBefore: true, children: [] }),
    centered('DANH SÁCH THÀNH PHẦN MỜI', { bold: true }),
    centered(`(kèm theo Giấy mời; tổng số ${list.length} đại biểu)`, { italics: true }, { after: 200 }),
    dataTable(
      [{ header: 'STT', share: 7, align: 'center' }, { header: 'Họ và tên', share: 30 }, { header: 'Chức vụ', share: 35 }, { header: 'Đơn vị', share: 28 }],
      list.map((person, index) => [String(index + 1), [[run(person.name, { bold: true, size: SIZE.table })]], person.title ?? '', person.unit ?? '']),
    ),
  ];
}
