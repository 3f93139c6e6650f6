/**
 * Vega's SVG, smaller: it writes the same font-family on every <text> and defaults such as opacity="1",
 * and marks each group with class names, roles and descriptions meant for interactive charts. Ours are
 * static images, announced once as role="img" (render-chart-svg.ts) — inside that role every child is
 * presentational — and inlined into the page twice (the HTML and its RSC payload), so every repeated
 * attribute is paid twice per chart. The font moves to the root (it inherits); nothing drawn changes.
 */
export function compactSvg(svg: string, font: string): string {
  const fontAttribute = ` font-family="${font}"`;
  return svg
    .replaceAll(fontAttribute, '')
    .replace(/^<svg /, `<svg${fontAttribute} `)
    .replaceAll(' opacity="1"', '')
    .replaceAll(' pointer-events="none"', '')
    .replace(/ class="(?:mark-|role-|background|foreground)[^"]*"/g, '')
    .replace(/ role="graphics-(?:object|symbol)"/g, '')
    .replace(/ aria-roledescription="[^"]*"/g, '');
}
