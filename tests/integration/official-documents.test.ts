import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import { PermissionDeniedError } from '../../lib/auth/permissions.ts';
import { dateLine } from '../../lib/documents/party-layout.ts';
import { todayInVietnam } from '../../lib/domain/task-deadline.ts';
import { vi as viMessages } from '../../lib/i18n/messages/vi.ts';
import { NotFoundError } from '../../lib/server/errors.ts';
import { buildConferenceInvitation } from '../../lib/server/official-documents/build-conference-invitation.ts';
import { buildConferenceMinutes } from '../../lib/server/official-documents/build-conference-minutes.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';
import { unzipText } from '../helpers/unzip.ts';

// The four official documents of the demo conference (Hướng dẫn 36-HD/VPTW layout), read back from the
// DOCX the way Word would: the archive, then word/document.xml. The route is called directly, with the
// signed-in user and the reader's language mocked as in the other download tests.
const request = vi.hoisted(() => ({ actor: null as Actor | null, locale: 'vi' as 'vi' | 'en' }));
vi.mock('../../lib/auth/session.ts', () => ({ getActor: async () => request.actor }));
vi.mock('../../lib/i18n/server.ts', async () => {
  const catalogues = { vi: (await import('../../lib/i18n/messages/vi.ts')).vi, en: (await import('../../lib/i18n/messages/en.ts')).en };
  return { getMessages: async () => ({ locale: request.locale, t: catalogues[request.locale] }) };
});
const { GET } = await import('../../app/api/conferences/[conferenceId]/documents/[kind]/route.ts');

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const BLANK = '\u00a0'.repeat(6);
const ARTIFACTS = path.resolve('test-results/official-documents');

let demo: DemoDatabase;
let secretary: Actor;
let attendee: Actor;
let conferenceId: string;

beforeAll(async () => {
  demo = await openDemoDatabase();
  secretary = await demo.actorFor('vanphong');
  attendee = await demo.actorFor('daibieu');
  conferenceId = (await demo.database.conference.findFirstOrThrow({ where: { plan: { officialNumber: '274-KH/ĐUSLĐTBXH' } }, select: { id: true } })).id;
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await demo?.close();
});

beforeEach(() => {
  request.actor = null;
  request.locale = 'vi';
});

function get(kind: string, { id = conferenceId, query = '' }: { id?: string; query?: string } = {}) {
  return GET(new Request(`http://localhost/api/conferences/${id}/documents/${kind}${query}`), { params: Promise.resolve({ conferenceId: id, kind }) });
}

/** Downloads as `actor`, checks the response is a DOCX download, keeps a copy under test-results/. */
async function download(actor: Actor, kind: string, query = '') {
  request.actor = actor;
  const response = await get(kind, { query });
  expect(response.status, await response.clone().text().then((body) => body.slice(0, 200))).toBe(200);
  expect(response.headers.get('content-type')).toBe(DOCX);
  expect(response.headers.get('cache-control')).toBe('private, no-store');
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(response.headers.get('content-length')).toBe(String(bytes.byteLength));
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '');
  await writeFile(path.join(ARTIFACTS, `${actor === secretary ? 'office' : 'attendee'}-${fileName}`), bytes);
  return { bytes, fileName, ...read(bytes) };
}

/** The document's XML, and its text with one line per paragraph (runs joined, entities decoded). */
function read(bytes: Uint8Array) {
  expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
  const entries = unzipText(bytes);
  expect([...entries.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']));
  const xml = entries.get('word/document.xml') ?? '';
  return { xml, text: plainText(xml), styles: entries.get('word/styles.xml') ?? '' };
}

function plainText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The text of each row of the document's tables. */
function tableRows(xml: string): string[] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => plainText(row[0].replace(/<\/w:tc>/g, ' | </w:tc>')).replace(/\n/g, ' ').replace(/ +/g, ' ').trim());
}

/** The properties (w:rPr) of the run whose whole text is `text`. */
function runProperties(xml: string, text: string): string {
  const escaped = text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`<w:r><w:rPr>((?:(?!</w:rPr>).)*)</w:rPr><w:t xml:space="preserve">${escaped}</w:t>`).exec(xml)?.[1] ?? '(no such run)';
}

/** The layout every document shares: page, font, header table, number and date line. */
function expectPartyLayout(document: { xml: string; text: string; styles: string }, { code, date }: { code: string; date: string }) {
  const { xml, text, styles } = document;
  expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
  // Margins: top and bottom 20 mm, left 30 mm, right 15 mm.
  expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  expect(xml).toContain('w:ascii="Times New Roman"');
  expect(styles).toContain('w:ascii="Times New Roman"');
  expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:sz w:val="28"\/>/);

  // The header is a table without borders: two columns, the number row under the bodies.
  const header = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? '';
  expect(header).toMatch(/<w:tblBorders><w:top w:val="none"/);
  expect(header).toContain('<w:insideV w:val="none"');
  const [bodies, numbers] = tableRows(header);
  expect(bodies).toBe('ĐẢNG BỘ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH AN GIANG ĐẢNG ỦY SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI * | ĐẢNG CỘNG SẢN VIỆT NAM |');
  expect(numbers).toBe(`Số ${BLANK}-${code}/ĐUSLĐTBXH | ${date} |`);
  // The issuing body bold; the motto bold and underlined, 15 pt; the date line italic.
  expect(runProperties(header, 'ĐẢNG ỦY SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI')).toContain('<w:b/>');
  expect(runProperties(header, 'ĐẢNG CỘNG SẢN VIỆT NAM')).toMatch(/<w:b\/>.*<w:sz w:val="30"\/>.*<w:u w:val="single"\/>/);
  expect(runProperties(header, date)).toContain('<w:i/>');
  expect(text).toContain(date);
}

const CONFERENCE_DATE_LINE = 'An Giang, ngày 31 tháng 7 năm 2023';
const SUBJECT = 'Hội nghị sơ kết, đánh giá giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Sở LĐ-TBXH, nhiệm kỳ 2020 – 2025';

describe('the four official documents of the demo conference', () => {
  it('giấy mời: the invitation with the whole list of those invited, dated the day it is issued', async () => {
    const document = await download(secretary, 'giay-moi');
    expect(document.fileName).toBe('Giấy mời hội nghị 2023-07-31.docx');
    expectPartyLayout(document, { code: 'GM', date: dateLine('An Giang', todayInVietnam(new Date())) });
    const { text, xml } = document;
    expect(text).toContain('GIẤY MỜI');
    expect(text).toContain('Đảng ủy Sở Lao động – Thương binh và Xã hội trân trọng kính mời:');
    expect(text).toContain(`Đến dự: ${SUBJECT}`);
    expect(text).toContain('Thời gian: 07 giờ 30 phút, thứ Hai, ngày 31/07/2023.');
    expect(text).toContain('Địa điểm: Hội trường Sở Lao động – Thương binh và Xã hội tỉnh An Giang.');
    expect(text).toContain('(Thực hiện Kế hoạch số 274-KH/ĐUSLĐTBXH ngày 13/03/2023 của Đảng ủy Sở Lao động – Thương binh và Xã hội.)');
    expect(text).toContain('- 07:55: Báo cáo sơ kết, đánh giá giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Sở lần thứ V (Trần Thị Mỹ Linh).');
    expect(text).toContain('T/M ĐẢNG ỦY\nBÍ THƯ\n');
    expect(text).toContain('Nguyễn Văn Hùng');
    expect(text).toContain('DANH SÁCH THÀNH PHẦN MỜI');
    expect(text).toContain('tổng số 25 đại biểu');
    const rows = tableRows(xml).filter((row) => /^\d+ \|/.test(row));
    expect(rows).toHaveLength(25);
    // In Vietnamese name order (by given name): Phan Văn An first.
    expect(rows[0]).toMatch(/^1 \| Phan Văn An \| Chuyên viên \| /);
    expect(rows.some((row) => /^\d+ \| Võ Minh Khoa \| Trưởng phòng Lao động – Việc làm \| Chi bộ Phòng LĐ-VL \|$/.test(row))).toBe(true);
    expect(rows.some((row) => row.includes('Trần Minh Tâm | Phó Bí thư Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh'))).toBe(true);
  });

  it('giấy mời: one person’s invitation, for the office by id and for the attendee as his own', async () => {
    const khoa = await demo.database.invitee.findFirstOrThrow({ where: { conferenceId, memberId: attendee.memberId }, select: { id: true } });
    const byOffice = await download(secretary, 'giay-moi', `?inviteeId=${khoa.id}`);
    expect(byOffice.fileName).toBe('Giấy mời Võ Minh Khoa 2023-07-31.docx');
    expect(byOffice.text).toContain('Đồng chí Võ Minh Khoa\nTrưởng phòng Lao động – Việc làm, Chi bộ Phòng LĐ-VL\n');
    expect(byOffice.text).not.toContain('DANH SÁCH THÀNH PHẦN MỜI');

    const own = await download(attendee, 'giay-moi');
    expect(own.text).toContain('Đồng chí Võ Minh Khoa');
    expect(own.text).not.toContain('DANH SÁCH THÀNH PHẦN MỜI');

    // Built directly with a date before the conference: the date line is the day of issue.
    const early = await buildConferenceInvitation({ actor: secretary, conferenceId, inviteeId: khoa.id, today: '2023-07-20' });
    expectPartyLayout(read(early.bytes), { code: 'GM', date: 'An Giang, ngày 20 tháng 7 năm 2023' });
  });

  it('biên bản: attendance counts, the quorum statement, the minutes and the conclusions, signed by secretary and chair', async () => {
    const document = await download(secretary, 'bien-ban');
    expect(document.fileName).toBe('Biên bản hội nghị 2023-07-31.docx');
    expectPartyLayout(document, { code: 'BB', date: CONFERENCE_DATE_LINE });
    const { text } = document;
    expect(text).toContain(`BIÊN BẢN\n${SUBJECT}\n`);
    expect(text).toContain('Thời gian: bắt đầu lúc 07 giờ 30 phút, thứ Hai, ngày 31/07/2023.');
    expect(text).toContain('Tổng số đại biểu được mời: 25; có mặt: 23 (trong đó đến muộn: 1); vắng có lý do: 1; vắng không lý do: 1.');
    expect(text).toContain('- Vắng có lý do: đồng chí Lê Hoàng Phúc (Vắng có lý do).');
    expect(text).toContain('- Đi muộn: đồng chí Phan Văn An (Đến lúc 08 giờ 10).');
    expect(text).toContain('- Vắng không lý do: đồng chí Bùi Thanh Sơn (Vắng không lý do).');
    expect(text).toMatch(/Ban Chấp hành Đảng bộ Sở có 9 đồng chí, có mặt 8 đồng chí, bảo đảm ít nhất hai phần ba \(6 đồng chí\); Hội nghị đủ điều kiện tiến hành theo quy định\./);
    expect(text).toContain('1. Khai mạc: Hội nghị khai mạc lúc 7 giờ 30 phút ngày 31/7/2023 tại Hội trường Sở.');
    expect(text).toContain('3. Thảo luận: Các đại biểu thảo luận');
    expect(text).toContain('III. KẾT LUẬN CỦA HỘI NGHỊ');
    expect(text).toContain('1. Tập trung bám sát mục tiêu, chỉ tiêu');
    expect(text).toContain('4. Đẩy mạnh cải cách hành chính.');
    expect(text).toContain('Hội nghị kết thúc lúc 11 giờ 30 phút cùng ngày.');
    expect(text).toMatch(/THƯ KÝ HỘI NGHỊ\n(\n)*Phạm Thị Thu Trang\n/);
    expect(text).toMatch(/CHỦ TRÌ HỘI NGHỊ\n(\n)*Nguyễn Văn Hùng\n/);
  });

  it('thông báo kết luận: the numbered published conclusions, each with its tasks, owners and deadlines', async () => {
    const document = await download(secretary, 'thong-bao-ket-luan');
    expect(document.fileName).toBe('Thông báo kết luận hội nghị 2023-07-31.docx');
    expectPartyLayout(document, { code: 'TB', date: CONFERENCE_DATE_LINE });
    const { text } = document;
    expect(text).toContain(`THÔNG BÁO\nKết luận của ${SUBJECT}\n`);
    expect(text).toContain('Thực hiện Kế hoạch số 274-KH/ĐUSLĐTBXH ngày 13/03/2023, ngày 31/07/2023, Đảng ủy Sở Lao động – Thương binh và Xã hội tổ chức');
    expect(text).toContain('dưới sự chủ trì của đồng chí Nguyễn Văn Hùng, Giám đốc Sở');
    expect(text).toContain('2. Nâng cao chất lượng và hiệu quả hoạt động của các cơ sở giáo dục nghề nghiệp');
    expect(text).toContain('- Giao Chi bộ Phòng Lao động – Việc làm chủ trì (đồng chí Võ Minh Khoa phụ trách), phối hợp với Chi bộ Trung tâm Dịch vụ việc làm, '
      + 'Đảng ủy bộ phận Trường Trung cấp Kỹ thuật – Tổng hợp An Giang: Nâng cao chất lượng giáo dục nghề nghiệp, gắn đào tạo với thị trường lao động; thời hạn hoàn thành: 31/12/2025.');
    expect(text).toContain('- Giao Đảng ủy Sở Lao động – Thương binh và Xã hội chủ trì (đồng chí Trần Thị Mỹ Linh phụ trách), phối hợp với Chi bộ Văn phòng Sở: Bám sát mục tiêu');
    expect(text.match(/^- Giao /gm)).toHaveLength(4);
    expect(text).toContain('Nơi nhận:\n- Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh An Giang (để báo cáo),');
    expect(text).toContain('- Lưu Văn phòng.');
    expect(text).toMatch(/T\/M ĐẢNG ỦY\nBÍ THƯ\n(\n)*Nguyễn Văn Hùng\n/);

    // The attendee gets the same notice (a notice goes to every unit).
    const forAttendee = await download(attendee, 'thong-bao-ket-luan');
    expect(forAttendee.text.match(/^- Giao /gm)).toHaveLength(4);
  });

  it('báo cáo sơ kết: the target table with goal, result, achievement and status, and the breakdown that does not add up flagged', async () => {
    const document = await download(secretary, 'bao-cao-so-ket');
    expect(document.fileName).toBe('Báo cáo sơ kết 2023-07-31.docx');
    expectPartyLayout(document, { code: 'BC', date: CONFERENCE_DATE_LINE });
    const { text, xml } = document;
    expect(text).toContain('BÁO CÁO\nSơ kết, đánh giá giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Sở LĐ-TBXH, nhiệm kỳ 2020 – 2025\n');
    expect(text).toContain('Thực hiện Kế hoạch số 274-KH/ĐUSLĐTBXH ngày 13/03/2023, Đảng ủy Sở Lao động – Thương binh và Xã hội báo cáo kết quả thực hiện các chỉ tiêu của Nghị quyết Đại hội Đảng bộ Sở Lao động – Thương binh và Xã hội lần thứ V, nhiệm kỳ 2020 – 2025 như sau:');

    const rows = tableRows(xml);
    expect(rows).toContain('STT | Chỉ tiêu | Mục tiêu | Kết quả | Tỷ lệ đạt | Đánh giá |');
    const targetRows = rows.filter((row) => /^\d+ \| /.test(row));
    expect(targetRows).toHaveLength(8);
    expect(targetRows[0]).toBe('1 | Tỷ lệ lao động qua đào tạo | Đạt ít nhất 70 % | ước 69,5 % Giữa nhiệm kỳ (2023) | 99 % | Chưa đạt |');
    const workers = targetRows.find((row) => row.includes('Số lao động đi làm việc ở nước ngoài'));
    expect(workers).toBe('4 | Số lao động đi làm việc ở nước ngoài theo hợp đồng trong năm | Đạt ít nhất 203 người | 357 người Năm 2023 '
      + 'Theo quốc gia: Nhật Bản 233; Đài Loan 106; Hàn Quốc 2; Nga 1; Indonesia 1 Lưu ý: 233 + 106 + 2 + 1 + 1 = 343, lệch so với 357 | 176 % | Vượt chỉ tiêu |');
    // The training levels add up (3.379 + 7.290 + 64.240 = 74.909): listed, not flagged.
    const training = targetRows.find((row) => row.includes('Tuyển sinh, đào tạo nghề nghiệp'));
    expect(training).toContain('74.909 người');
    expect(training).toContain('Theo trình độ đào tạo: Cao đẳng 3.379; Trung cấp 7.290; Sơ cấp và dưới 03 tháng 64.240');
    expect(training).not.toContain('lệch');
    const poverty = targetRows.find((row) => row.includes('Giảm tỷ lệ hộ nghèo'));
    expect(poverty).toContain('Giảm 1 % – 1,2 % mỗi năm');
    expect(poverty).toContain('giảm bình quân 1 %/năm');
    expect(poverty).toContain('| Đạt |');
    // The flag also under the table, in words, and the table's flag is bold.
    expect(text).toContain('Ghi chú: số liệu chi tiết của chỉ tiêu 4 (Số lao động đi làm việc ở nước ngoài theo hợp đồng trong năm) không khớp với tổng: 233 + 106 + 2 + 1 + 1 = 343, lệch so với 357;');
    expect(runProperties(xml, 'Lưu ý: 233 + 106 + 2 + 1 + 1 = 343, lệch so với 357')).toMatch(/<w:b\/>.*<w:i\/>/);
    expect(text).toContain('II. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM ĐẾN CUỐI NHIỆM KỲ');
    expect(text).toContain('3. Chăm lo tốt đời sống vật chất và tinh thần cho đối tượng người có công');
  });
});

describe('who may download which document', () => {
  it('answers 401 to an anonymous request', async () => {
    const response = await get('bien-ban');
    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 403 when the role may not have that kind of document: minutes and report are the office’s', async () => {
    request.actor = attendee;
    for (const kind of ['bien-ban', 'bao-cao-so-ket']) {
      const response = await get(kind);
      expect(response.status, kind).toBe(403);
      expect(await response.text()).toBe(viMessages.errors.forbidden);
    }
    request.actor = { ...attendee, roles: [] };
    expect((await get('giay-moi')).status).toBe(403);
    await expect(buildConferenceMinutes({ actor: attendee, conferenceId })).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it('answers 404 for an unknown kind, a malformed or unknown conference, and a conference out of scope', async () => {
    request.actor = secretary;
    expect((await get('nghi-quyet')).status).toBe(404);
    expect((await get('bien-ban', { id: 'not-a-uuid' })).status).toBe(404);
    expect((await get('bien-ban', { id: '0190f5c4-0000-7000-8000-000000000000' })).status).toBe(404);

    // A conference of the department to which the attendee is not invited: none of its documents exist for him.
    const department = await demo.database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' }, select: { id: true } });
    const other = await demo.database.conference.create({
      data: {
        kind: 'REGULAR', title: 'Hội nghị Ban Chấp hành thường kỳ', status: 'HELD', hostOrganizationId: department.id,
        startsAt: new Date('2024-03-05T08:00:00+07:00'), endsAt: new Date('2024-03-05T11:00:00+07:00'),
        conclusions: { create: { number: 1, content: 'Kết luận đã ban hành.', publishedAt: new Date('2024-03-05T11:00:00+07:00') } },
      },
      select: { id: true },
    });
    request.actor = attendee;
    for (const kind of ['giay-moi', 'thong-bao-ket-luan']) expect((await get(kind, { id: other.id })).status, kind).toBe(404);
    // The secretary of the host has them.
    request.actor = secretary;
    expect((await get('thong-bao-ket-luan', { id: other.id })).status).toBe(200);
  });

  it('keeps other people’s invitations from an attendee, and answers 400 to a malformed inviteeId', async () => {
    const someoneElse = await demo.database.invitee.findFirstOrThrow({ where: { conferenceId, memberId: { not: attendee.memberId } }, select: { id: true } });
    request.actor = attendee;
    expect((await get('giay-moi', { query: `?inviteeId=${someoneElse.id}` })).status).toBe(404);
    await expect(buildConferenceInvitation({ actor: attendee, conferenceId, inviteeId: someoneElse.id, today: '2023-07-20' })).rejects.toBeInstanceOf(NotFoundError);
    const refused = await get('giay-moi', { query: '?inviteeId=abc' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toBe(viMessages.officialDocuments.invalidInvitee);
  });

  it('has no notice before any conclusion is published', async () => {
    const department = await demo.database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' }, select: { id: true } });
    const drafted = await demo.database.conference.create({
      data: {
        kind: 'REGULAR', title: 'Hội nghị chưa kết luận', status: 'HELD', hostOrganizationId: department.id,
        startsAt: new Date('2024-04-05T08:00:00+07:00'), endsAt: new Date('2024-04-05T11:00:00+07:00'),
        conclusions: { create: { number: 1, content: 'Kết luận còn là bản nháp.' } },
      },
      select: { id: true },
    });
    request.actor = secretary;
    expect((await get('thong-bao-ket-luan', { id: drafted.id })).status).toBe(404);
    // The minutes do record the draft.
    const minutes = read((await buildConferenceMinutes({ actor: secretary, conferenceId: drafted.id })).bytes);
    expect(minutes.text).toContain('1. Kết luận còn là bản nháp.');
  });
});

/** LibreOffice's command, when the Debian package is installed; the PDF rendering needs it, nothing else does. */
function findSoffice(): string | null {
  for (const command of ['soffice', 'libreoffice']) {
    try {
      return execFileSync('which', [command], { encoding: 'utf8' }).trim() || null;
    } catch {
      // not on PATH
    }
  }
  return null;
}

describe('rendering (where LibreOffice is installed)', () => {
  it('renders the review report to PDF and attaches it to the test run', async (context) => {
    const soffice = findSoffice();
    if (!soffice) {
      console.info('LibreOffice (soffice) is not installed: the PDF rendering is skipped; the DOCX files are in test-results/official-documents/.');
      context.skip('LibreOffice (soffice) is not installed');
      return;
    }
    const report = await download(secretary, 'bao-cao-so-ket');
    const work = await mkdtemp(path.join(tmpdir(), 'official-documents-'));
    try {
      const source = path.join(work, 'bao-cao-so-ket.docx');
      await writeFile(source, report.bytes);
      // A private profile, so a desktop LibreOffice that is open does not take the job.
      execFileSync(soffice, [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, source], { timeout: 120_000, stdio: 'ignore' });
      const pdf = await readFile(path.join(work, 'bao-cao-so-ket.pdf'));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const saved = path.join(ARTIFACTS, 'Báo cáo sơ kết 2023-07-31.pdf');
      await writeFile(saved, pdf);
      await context.annotate('The review report rendered by LibreOffice', { path: saved, contentType: 'application/pdf' });
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
