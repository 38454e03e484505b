// XML character data as text: the five named entities and numeric references, line ends as an XML parser gives them.

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|quot|apos|amp));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

function entity(match: string, hex?: string, decimal?: string, name?: string): string {
  if (name) return NAMED[name] ?? match;
  const code = hex ? parseInt(hex, 16) : Number(decimal);
  return code <= 0x10ffff ? String.fromCodePoint(code) : match;
}

/** Most values carry neither `&` nor a carriage return, and come back as they are. */
export function xmlText(raw: string): string {
  let text = raw;
  // A parser reads CR LF and a lone CR as LF (XML 1.0 §2.11); a written &#13; stays a CR.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return text.includes('&') ? text.replace(ENTITY, entity) : text;
}
