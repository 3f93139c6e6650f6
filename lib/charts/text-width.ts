// How wide a label will be, without a canvas to measure it. Vega lays out axes and legends from text
// widths; on a server without node-canvas it guesses 0.8 em for every character, about half again
// too wide for the app's sans-serif faces, so legends truncated "Đang thực hiện" and charts came out
// wider than their plot. This guess uses the usual widths of a humanist sans (Segoe UI, Noto Sans,
// Arial) per kind of character, reading a Vietnamese letter as its base letter (ệ as e, Đ as D).

const NARROW = new Set([...'fijlrtI.,:;\'!|()[]{}/-']);
const WIDE = new Set([...'mwMW@%']);

function emWidth(char: string): number {
  if (char === ' ') return 0.28;
  if (NARROW.has(char)) return 0.32;
  if (WIDE.has(char)) return 0.85;
  if (/[0-9]/.test(char)) return 0.56;
  if (/[A-Z]/.test(char)) return 0.66;
  return 0.53;
}

/** The base letters of a string: diacritics dropped, đ/Đ read as d/D. */
function baseLetters(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Estimated width in pixels of `text` at `fontSize` px; bold is a little wider. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of baseLetters(text)) em += emWidth(char);
  return Math.ceil(em * fontSize * (bold ? 1.06 : 1));
}
