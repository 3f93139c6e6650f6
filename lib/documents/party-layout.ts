import 'server-only';
import {
  AlignmentType, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun,
  VerticalAlign, WidthType, type ParagraphChild,
} from 'docx';

// The layout every official document of a conference shares, after Hướng dẫn 36-HD/VPTW (2018) on the
// format of Party documents: A4, Times New Roman, the two-column header without borders (superior
// body, issuing body, "*", number and symbol on the left; "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and
// date on the right), the kind of document and its subject centred, the body, then "Nơi nhận" on the
// left and the signature on the right. Pure: plain data in, a docx Document out, then bytes.

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const FONT = 'Times New Roman';
/** Half-points: 14 pt body, 15 pt for "ĐẢNG CỘNG SẢN VIỆT NAM" and the kind, 12–13 pt for tables and "Nơi nhận". */
export const SIZE = { body: 28, motto: 30, kind: 30, table: 26, small: 24, recipients: 22 } as const;

/** Millimetres to twips, rounded (docx's own converter truncates 20 mm to 1133). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

/** A4 portrait (twips) and the guide's margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
} as const;
/** The width between the margins, which every table fills. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
/** Left (issuing body, "Nơi nhận") and right (motto, date, signature) columns of the header and the footer blocks. */
const HALVES = [Math.round(TEXT_WIDTH * 0.45), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.45)] as const;

/** Who issues a document, as its header and signature print it. */
export interface DocumentIssuer {
  /** The superior body, e.g. "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh An Giang"; null at the top of the tree. */
  superior: string | null;
  /** The superior's issuing body, to whom reports and notices go "để báo cáo", e.g. "Đảng ủy Khối …". */
  superiorCommittee: string | null;
  /** The issuing body, e.g. "Đảng ủy Sở Lao động – Thương binh và Xã hội". */
  name: string;
  /** Issuing-body abbreviation of the number and symbol, e.g. "ĐUSLĐTBXH"; null when none is recorded. */
  symbol: string | null;
  /** Place name of the date line, e.g. "An Giang". */
  place: string | null;
  /** "T/M ĐẢNG ỦY" / "BÍ THƯ" and who holds that seat (null: the office writes the name). */
  signature: Signature;
}

export interface Signature {
  onBehalfOf: string | null;
  position: string;
  name: string | null;
}

/** Document kinds and the abbreviation of each in the number and symbol (Hướng dẫn 36, appendix). */
export const DOCUMENT_KIND = {
  invitation: { title: 'GIẤY MỜI', code: 'GM' },
  minutes: { title: 'BIÊN BẢN', code: 'BB' },
  notice: { title: 'THÔNG BÁO', code: 'TB' },
  report: { title: 'BÁO CÁO', code: 'BC' },
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KIND;

// ---------- Text rules ----------

const upper = (text: string) => text.toLocaleUpperCase('vi');

/**
 * The issuing body of an organisation: its committee, not the organisation itself. "Đảng bộ Sở X"
 * issues as "Đảng ủy Sở X", "Đảng bộ tỉnh An Giang" as "Tỉnh ủy An Giang"; a cell issues as itself.
 */
export function issuingBodyName(organization: { name: string; kind: string }): string {
  const name = organization.name.trim();
  if (organization.kind === 'CELL') return name;
  const province = /^Đảng bộ tỉnh\s+(.+)$/iu.exec(name);
  if (organization.kind === 'PROVINCIAL_COMMITTEE' && province) return `Tỉnh ủy ${province[1]}`;
  const committee = /^Đảng bộ\s+(.+)$/iu.exec(name);
  return committee ? `Đảng ủy ${committee[1]}` : name;
}

/** "T/M ĐẢNG ỦY" for a committee, "T/M CHI ỦY" for a cell (signed by its secretary). */
export function onBehalfOf(kind: string): string {
  return kind === 'CELL' ? 'T/M CHI ỦY' : 'T/M ĐẢNG ỦY';
}

/** The symbol after the slash of a number such as "274-KH/ĐUSLĐTBXH", or null. */
export function symbolOf(officialNumber: string | null | undefined): string | null {
  const symbol = officialNumber?.split('/').slice(1).join('/').trim();
  return symbol ? symbol : null;
}

/** Blanks the office fills in by hand when it registers the document and gives it its number. */
const NUMBER_BLANK = '\u00a0'.repeat(6);

/**
 * "Số 15-TB/ĐUSLĐTBXH"; without a number yet, "Số      -TB/ĐUSLĐTBXH" with blanks for the office to fill.
 * The documents of a conference carry no registered number in the app, so today it is always the blank form.
 */
export function numberLine(kind: DocumentKind, symbol: string | null, number: number | null = null): string {
  const code = DOCUMENT_KIND[kind].code;
  return `Số ${number ?? NUMBER_BLANK}-${code}${symbol ? `/${symbol}` : ''}`;
}

/**
 * "An Giang, ngày 31 tháng 7 năm 2023": days below 10 and the months January and February are written
 * with a leading zero ("ngày 05 tháng 02"), as the guide asks, so nobody can add a digit by hand.
 */
export function dateLine(place: string | null, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) throw new RangeError(`Not a calendar date: ${isoDate}`);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  return `${place ? `${place}, ` : ''}ngày ${dd} tháng ${mm} năm ${year}`;
}

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;

/** "thứ Hai" for 2023-07-31. */
export function weekdayOf(isoDate: string): string {
  return WEEKDAYS[new Date(`${isoDate}T00:00:00Z`).getUTCDay()] ?? '';
}

/** "07 giờ 30 phút" for "07:30". */
export function spokenTime(time: string): string {
  const [hours = '00', minutes = '00'] = time.split(':');
  return minutes === '00' ? `${hours} giờ` : `${hours} giờ ${minutes} phút`;
}

// ---------- Building blocks ----------

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
}

/** A run in the document font; the font is set on every run so text pasted elsewhere keeps it. */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text, font: FONT, size: style.size ?? SIZE.body,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
  });
}

/** A centred line (header, title, signature). */
export function centered(text: string, style: RunStyle = {}, spacing: { before?: number; after?: number } = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: spacing.before ?? 0, after: spacing.after ?? 0 }, children: text ? [run(text, style)] : [] });
}

/** A paragraph of the body: justified, first line indented 1 cm, 6 pt after. */
export function bodyParagraph(children: readonly (string | ParagraphChild)[], { indent = true, keepNext = false }: { indent?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: indent ? { firstLine: mm(10) } : {},
    spacing: { before: 0, after: 120, line: 288 },
    ...(keepNext ? { keepNext: true } : {}),
    children: children.map((child) => (typeof child === 'string' ? run(child) : child)),
  });
}

/** "Thời gian: 07 giờ 30 phút …": a bold label and its text, as one body paragraph. */
export function labelled(label: string, text: string): Paragraph {
  return bodyParagraph([run(`${label}: `, { bold: true }), run(text)]);
}

/** A section heading of the body ("I. KẾT QUẢ …"): bold, indented like the body, kept with what follows. */
export function heading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { before: 120, after: 120, line: 288 },
    keepNext: true,
    children: [run(text, { bold: true })],
  });
}

const NO_BORDERS = TableBorders.NONE;

function cell(children: Paragraph[], width: number, verticalAlign: 'top' | 'bottom' = 'top'): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: verticalAlign === 'top' ? VerticalAlign.TOP : VerticalAlign.BOTTOM,
    children: children.length > 0 ? children : [new Paragraph({})],
  });
}

/** Two borderless columns, left and right half, one row per pair. */
function twoColumns(rows: [Paragraph[], Paragraph[]][]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...HALVES],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map(([left, right]) => new TableRow({ cantSplit: true, children: [cell(left, HALVES[0]), cell(right, HALVES[1])] })),
  });
}

/**
 * The header: superior body, issuing body in bold capitals and "*" over the number on the left;
 * "ĐẢNG CỘNG SẢN VIỆT NAM" bold and underlined over the date line on the right. The number and the
 * date share the second row, so they stay on one line however the body's name wraps.
 */
export function partyHeader({ issuer, kind, isoDate, number = null }: { issuer: DocumentIssuer; kind: DocumentKind; isoDate: string | null; number?: number | null }): Table {
  const left = [
    ...(issuer.superior ? [centered(upper(issuer.superior))] : []),
    centered(upper(issuer.name), { bold: true }),
    centered('*'),
  ];
  const right = [centered('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true, size: SIZE.motto })];
  return twoColumns([
    [left, right],
    [[centered(numberLine(kind, issuer.symbol, number))], [centered(isoDate ? dateLine(issuer.place, isoDate) : '', { italics: true })]],
  ]);
}

/** "THÔNG BÁO" and its subject line under it, centred, then a short rule of dashes. */
export function documentTitle(kind: DocumentKind, subject: string | null): Paragraph[] {
  return [
    centered(DOCUMENT_KIND[kind].title, { bold: true, size: SIZE.kind }, { before: 360 }),
    ...(subject ? [centered(subject, { bold: true })] : []),
    centered('-----', {}, { after: 240 }),
  ];
}

function signatureBlock(signature: Signature): Paragraph[] {
  return [
    ...(signature.onBehalfOf ? [centered(signature.onBehalfOf, { bold: true })] : []),
    centered(signature.position, { bold: true }),
    // Room for the signature and the seal.
    centered(''), centered(''), centered(''), centered(''),
    centered(signature.name ?? '', { bold: true }),
  ];
}

function recipientsBlock(recipients: readonly string[]): Paragraph[] {
  const line = (text: string) => new Paragraph({ children: [run(text, { size: SIZE.recipients })] });
  return [
    new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, underline: true, size: SIZE.small })] }),
    ...recipients.map((recipient, index) => line(`- ${recipient}${index === recipients.length - 1 ? '.' : ','}`)),
  ];
}

/** "Nơi nhận" bottom left, the signature bottom right. */
export function closingBlock({ recipients, signature }: { recipients: readonly string[]; signature: Signature }): (Paragraph | Table)[] {
  return [new Paragraph({ spacing: { before: 240 }, children: [] }), twoColumns([[recipientsBlock(recipients), signatureBlock(signature)]])];
}

/** Two signatures side by side (the minutes: the secretary on the left, the chair on the right). */
export function twoSignatures(left: Signature, right: Signature): (Paragraph | Table)[] {
  return [new Paragraph({ spacing: { before: 240 }, children: [] }), twoColumns([[signatureBlock(left), signatureBlock(right)]])];
}

export interface DataColumn {
  header: string;
  /** Share of the text width. */
  share: number;
  align?: 'left' | 'center' | 'right';
}

/** A cell's lines: plain text, or runs (for a bold or flagged part). */
export type CellContent = string | readonly (readonly TextRun[])[];

/**
 * A bordered table of figures or names: a bold header row repeated on every page, rows that do not
 * split across pages, text in 13 pt.
 */
export function dataTable(columns: readonly DataColumn[], rows: readonly (readonly CellContent[])[]): Table {
  const total = columns.reduce((sum, column) => sum + column.share, 0);
  const widths = columns.map((column) => Math.floor((TEXT_WIDTH * column.share) / total));
  const alignment = (align: DataColumn['align']) => (align === 'right' ? AlignmentType.RIGHT : align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT);
  const paragraphs = (content: CellContent, align: DataColumn['align']): Paragraph[] => {
    const lines = typeof content === 'string' ? [[run(content, { size: SIZE.table })]] : content;
    return lines.map((runs) => new Paragraph({ alignment: alignment(align), spacing: { before: 40, after: 40 }, children: [...runs] }));
  };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((column, index) => new TableCell({
          width: { size: widths[index] ?? 0, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          children: [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 40, after: 40 }, children: [run(column.header, { bold: true, size: SIZE.table })] })],
        })),
      }),
      ...rows.map((row) => new TableRow({
        cantSplit: true,
        children: columns.map((column, index) => new TableCell({
          width: { size: widths[index] ?? 0, type: WidthType.DXA },
          children: paragraphs(row[index] ?? '', column.align),
        })),
      })),
    ],
  });
}

/** The document itself: A4, the guide's margins, Times New Roman 14 pt by default. */
export function partyDocument({ title, issuer, children }: { title: string; issuer: DocumentIssuer; children: readonly (Paragraph | Table)[] }): Document {
  return new Document({
    title,
    creator: issuer.name,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: [{
      properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
      children: [...children],
    }],
  });
}

/** The .docx bytes of a document. */
export async function packDocument(document: Document): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toBuffer(document));
}
