import 'server-only';
import { formatCalendarDate, formatDate } from '../i18n/format.ts';
import { comrades, conferenceDay, planReference, type ConferenceFacts } from './conference-facts.ts';
import { bodyParagraph, closingBlock, documentTitle, packDocument, partyDocument, partyHeader, run, type DocumentIssuer } from './party-layout.ts';

// Thông báo kết luận: the published conclusions of a conference, numbered, each followed by the tasks
// assigned from it (owner unit, co-owners, the person responsible, the deadline). Only published
// conclusions: a draft is not the conference's word yet.

export interface NoticeTask {
  title: string;
  owner: string;
  coOwners: readonly string[];
  responsible: string | null;
  /** DATE column (midnight UTC). */
  dueDate: Date | null;
}

export interface ConclusionsNoticeData {
  issuer: DocumentIssuer;
  conference: ConferenceFacts;
  conclusions: readonly { number: number; content: string; tasks: readonly NoticeTask[] }[];
}

export async function buildConclusionsNoticeDocument(data: ConclusionsNoticeData): Promise<Uint8Array<ArrayBuffer>> {
  const { issuer, conference } = data;
  const plan = planReference(conference);
  const owners = [...new Set(data.conclusions.flatMap((conclusion) => conclusion.tasks.flatMap((task) => [task.owner, ...task.coOwners])))];

  const children = [
    partyHeader({ issuer, kind: 'notice', isoDate: conferenceDay(conference) }),
    ...documentTitle('notice', `Kết luận của ${conference.title}`),
    bodyParagraph([
      `${plan ? `Thực hiện ${plan}, n` : 'N'}gày ${formatDate(conference.startsAt, 'vi')}, ${issuer.name} tổ chức ${conference.title}`
      + `${conference.chairs.length > 0 ? ` dưới sự chủ trì của ${comrades(conference.chairs)}` : ''}. `
      + 'Sau khi nghe báo cáo và ý kiến thảo luận của các đại biểu, Hội nghị kết luận như sau:',
    ]),
    ...data.conclusions.flatMap((conclusion) => [
      bodyParagraph([run(`${conclusion.number}. `, { bold: true }), run(conclusion.content)], { keepNext: conclusion.tasks.length > 0 }),
      ...conclusion.tasks.map((task) => bodyParagraph([run('- Giao ', { italics: true }), run(assignment(task))])),
    ]),
    bodyParagraph([`${issuer.name} thông báo để các chi bộ, đảng bộ bộ phận và đảng viên biết, thực hiện./.`]),
    ...closingBlock({
      recipients: [
        ...(issuer.superiorCommittee ? [`${issuer.superiorCommittee} (để báo cáo)`] : []),
        'Các đồng chí Ủy viên Ban Chấp hành',
        ...owners.map((owner) => `${owner} (thực hiện)`),
        'Lưu Văn phòng',
      ],
      signature: issuer.signature,
    }),
  ];
  return packDocument(partyDocument({ title: `Thông báo kết luận ${conference.title}`, issuer, children }));
}

/** "Chi bộ X chủ trì (đồng chí Y phụ trách), phối hợp với Z: <task>; thời hạn hoàn thành: 31/12/2025." */
export function assignment(task: NoticeTask): string {
  const responsible = task.responsible ? ` (đồng chí ${task.responsible} phụ trách)` : '';
  const coOwners = task.coOwners.length > 0 ? `, phối hợp với ${task.coOwners.join(', ')}` : '';
  const due = task.dueDate ? `; thời hạn hoàn thành: ${formatCalendarDate(task.dueDate, 'vi')}` : '';
  return `${task.owner} chủ trì${responsible}${coOwners}: ${task.title}${due}.`;
}
