/**
 * A CSV file as rows of text cells (RFC 4180: quoted fields may hold the delimiter, line breaks and
 * doubled quotes). Excel writes CSV in the machine's list separator: a comma, or a semicolon where the
 * decimal separator is a comma — as on Vietnamese Windows — so the delimiter is read off the header
 * line: whichever of the two occurs more often outside quotes. A UTF-8 byte-order mark (Excel's
 * "CSV UTF-8" adds one) is dropped.
 */

export type CsvDelimiter = ',' | ';';

export function detectCsvDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

export function parseCsv(input: string, delimiter: CsvDelimiter = detectCsvDelimiter(stripBom(input))): string[][] {
  const text = stripBom(input);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let index = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (index < text.length) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else cell += char;
      index++;
      continue;
    }
    if (char === '"' && cell === '') quoted = true;
    else if (char === delimiter) endCell();
    else if (char === '\r' && text[index + 1] === '\n') {
      endRow();
      index++;
    } else if (char === '\n' || char === '\r') endRow();
    else cell += char;
    index++;
  }
  // The last line, unless the file ends with a line break.
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
