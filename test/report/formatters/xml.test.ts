// The test XML reader itself: it must reject what a real parser rejects, or the JUnit tests prove nothing.
import { describe, expect, it } from 'vitest';
import { parseXml } from './xml.js';

describe('parseXml', () => {
  it('reads nested elements, attributes and entities', () => {
    const root = parseXml('<?xml version="1.0"?>\n<a x="1 &lt; 2"><b/><c>q &amp; &#x4E2D;</c></a>\n');
    expect(root.name).toBe('a');
    expect(root.attributes.x).toBe('1 < 2');
    expect(root.children.map((c) => c.name)).toEqual(['b', 'c']);
    expect(root.children[1]!.text).toBe('q & 中');
  });

  it.each([
    ['unclosed element', '<a><b></a>'],
    ['unquoted attribute', '<a x=1/>'],
    ['raw ampersand', '<a>x & y</a>'],
    ['unknown entity', '<a>&nbsp;</a>'],
    ['two roots', '<a/><b/>'],
    ['duplicate attribute', '<a x="1" x="2"/>'],
    ['never closed', '<a>'],
  ])('rejects %s', (_name, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });
});
