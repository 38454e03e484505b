// A small XML reader for the tests: checks well-formedness (balanced tags, quoted attributes, known
// entities, one root) and returns the element tree, so JUnit output can be parsed back without a dependency.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  let out = '';
  for (let i = 0; i < raw.length; i += 1) {
    const ch = raw[i]!;
    if (ch === '<') throw new Error(`"<" in text at ${where + i}`);
    if (ch !== '&') {
      out += ch;
      continue;
    }
    const end = raw.indexOf(';', i);
    if (end < 0) throw new Error(`unterminated entity at ${where + i}`);
    const name = raw.slice(i + 1, end);
    if (name.startsWith('#x')) out += String.fromCodePoint(parseInt(name.slice(2), 16));
    else if (name.startsWith('#')) out += String.fromCodePoint(parseInt(name.slice(1), 10));
    else if (name in ENTITIES) out += ENTITIES[name];
    else throw new Error(`unknown entity &${name}; at ${where + i}`);
    i = end;
  }
  return out;
}

const isNameChar = (ch: string): boolean => /[\p{L}\p{N}_:.-]/u.test(ch);

export function parseXml(source: string): XmlElement {
  let pos = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${pos}`);
  };
  const readName = (): string => {
    const start = pos;
    while (pos < source.length && isNameChar(source[pos]!)) pos += 1;
    if (pos === start) fail('name expected');
    return source.slice(start, pos);
  };
  const skipSpace = (): void => {
    while (pos < source.length && ' \t\r\n'.includes(source[pos]!)) pos += 1;
  };
  if (source.startsWith('<?xml')) {
    const end = source.indexOf('?>');
    if (end < 0) fail('unterminated declaration');
    pos = end + 2;
  }
  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    const text = source.slice(pos, lt < 0 ? source.length : lt);
    if (stack.length) stack[stack.length - 1]!.text += decode(text, pos);
    else if (text.trim()) fail('text outside the root element');
    if (lt < 0) break;
    pos = lt + 1;
    if (source[pos] === '/') {
      pos += 1;
      const name = readName();
      skipSpace();
      if (source[pos] !== '>') fail('">" expected');
      pos += 1;
      const open = stack.pop();
      if (!open || open.name !== name) fail(`</${name}> does not close <${open?.name}>`);
      continue;
    }
    const element: XmlElement = { name: readName(), attributes: {}, children: [], text: '' };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else if (root) fail('a second root element');
    else root = element;
    for (;;) {
      skipSpace();
      if (source.startsWith('/>', pos)) {
        pos += 2;
        break;
      }
      if (source[pos] === '>') {
        pos += 1;
        stack.push(element);
        break;
      }
      const name = readName();
      if (name in element.attributes) fail(`duplicate attribute ${name}`);
      skipSpace();
      if (source[pos] !== '=') fail('"=" expected');
      pos += 1;
      skipSpace();
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail('quoted attribute value expected');
      const end = source.indexOf(quote!, pos + 1);
      if (end < 0) fail('unterminated attribute');
      element.attributes[name] = decode(source.slice(pos + 1, end), pos + 1);
      pos = end + 1;
    }
  }
  if (stack.length) fail(`<${stack.at(-1)!.name}> is never closed`);
  if (!root) fail('no root element');
  return root!;
}

export function findAll(element: XmlElement, name: string): XmlElement[] {
  return [...(element.name === name ? [element] : []), ...element.children.flatMap((c) => findAll(c, name))];
}
