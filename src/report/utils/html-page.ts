// The pieces every html page shares (check's report, diff's changes): one stylesheet for screen and A4 print, tables,
// SVG text and boxes, and the page around them. No script, no link, nothing fetched: the bytes are the page.
import { xmlEscape as esc } from './xml-escape.js';
import { displayWidth } from './display-width.js';

/**
 * A column whose every text is at most this wide (display columns; a CJK character counts two) does not wrap: ids,
 * regions, statuses and points. Wrapped, 衢州市 and 缺数据 break per character in a narrow column; kept on one line,
 * they take their width and the item and gap columns take the rest.
 */
const SHORT = 10;
/** Tables have at most this many columns (the diff's gaps still open: 7); the stylesheet covers them all. */
const MAX_COLUMNS = 12;
const NOWRAP = 'white-space:nowrap';

export const CSS = `@page{size:A4;margin:14mm}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;color:#222}
body{max-width:180mm;margin:0 auto;font-size:10pt}
h1{font-size:16pt}h2{font-size:13pt;border-bottom:1px solid #999;break-after:avoid}h3{break-after:avoid}
.card{display:flex;flex-wrap:wrap;gap:6mm;border:1px solid #999;padding:4mm;break-inside:avoid}
.card div{min-width:30mm}.card b{display:block;font-size:14pt}
table{border-collapse:collapse;width:100%;margin:2mm 0}td,th{border:1px solid #bbb;padding:1mm;vertical-align:top}
tr{break-inside:avoid}th{background:#eee}svg{display:block;break-inside:avoid}
${Array.from({ length: MAX_COLUMNS }, (_, i) => `.nw${i + 1} :is(td,th):nth-child(${i + 1})`).join(',')}{${NOWRAP}}`;

export function svgText(x: number, y: number, size: number, text: string, middle = false): string {
  const anchor = middle ? ' text-anchor="middle"' : '';
  return `<text x="${x.toFixed(1)}" y="${y}" font-size="${size}"${anchor}>${esc(text)}</text>`;
}

export function svgRect(x: number, y: number, width: number, height: number, fill: string): string {
  return `<rect x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${height}" fill="${fill}"/>`;
}

/** A chart: an inline SVG with its accessible name; `parts` are its elements. */
export function svgChart(label: string, width: number, height: number, parts: readonly string[]): string {
  return `<svg class="chart" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

export function htmlTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  // The table's class names its short columns (nw1 nw3: the first and the third); the cells stay bare <td>.
  const short = head.flatMap((_, x) =>
    x < MAX_COLUMNS && rows.length > 0 && rows.every((r) => displayWidth(r[x] ?? '') <= SHORT) ? [`nw${x + 1}`] : [],
  );
  const th = head.map((h) => `<th>${esc(h)}</th>`).join('');
  const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  const open = short.length ? `<table class="${short.join(' ')}">` : '<table>';
  return `${open}<thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

/** The verdict-card style box: label over value, for each pair. */
export function htmlCard(pairs: readonly (readonly [string, string])[]): string {
  return `<div class="card">${pairs.map(([k, v]) => `<div>${esc(k)}<b>${esc(v)}</b></div>`).join('')}</div>`;
}

/** The whole document: `body` is already html; the title is text. */
export function htmlPage(lang: string, title: string, body: readonly string[]): string {
  const head = [
    '<!DOCTYPE html>',
    `<html lang="${esc(lang)}"><head><meta charset="utf-8">`,
    `<title>${esc(title)}</title><style>${CSS}</style></head><body>`,
  ];
  return `${[...head, ...body, '</body></html>'].join('\n')}\n`;
}
