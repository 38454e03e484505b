// Control characters printed to a terminal are shown, never acted on; qcc's own colours survive when it colours.
import { describe, expect, it } from 'vitest';
import { showControls } from '../../src/util/show-controls.js';

const cases: [string, string, string][] = [
  ['retitle', '\u001b]0;pwned\u0007', '␛]0;pwned␇'],
  ['clear screen', '\u001b[2J', '␛[2J'],
  ['fake colour', 'a\u001b[31mb', 'a␛[31mb'],
  ['backspace and lone CR', 'x\u0008y\rz', 'x␈y␍z'],
  ['NUL and DEL', '\u0000\u007f', '␀␡'],
  ['C1 CSI', 'a\u009b2J', 'a<9B>2J'],
  ['tab, newline and CR LF stay', 'a\tb\nc\r\nd', 'a\tb\nc\r\nd'],
  ['Chinese text stays', '台州市 98.5%', '台州市 98.5%'],
];

describe('showControls', () => {
  it.each(cases)('%s', (_name, input, shown) => expect(showControls(input)).toBe(shown));
  it('keeps colour sequences when qcc colours, and still shows every other control', () => {
    expect(showControls('\u001b[31m不达标\u001b[39m \u001b[2J\u001b]0;x\u0007', true)).toBe(
      '\u001b[31m不达标\u001b[39m ␛[2J␛]0;x␇',
    );
  });
});
