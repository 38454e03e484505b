// Control characters made visible for a terminal: ␛ for ESC, ␀–␟ for the rest of C0, ␡ for DEL, <9B> for C1.

// Tab, newline and CR LF (a CSV's line ending) are layout; a lone CR, every other C0 character, DEL and C1 (0x9B is
// a one-byte CSI to some terminals) can move the cursor, clear the screen, retitle the window or ring the bell.
// eslint-disable-next-line no-control-regex -- matching control characters is this file's job
const CONTROL = /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// Select Graphic Rendition (colour, bold, dim), the only sequences qcc itself writes (chalk at level 1).
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_OR_SGR = /\u001b\[[0-9;]*m|\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function picture(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<${code.toString(16).toUpperCase()}>`;
}

/**
 * `text` with its control characters shown visibly; with `keepColour`, colour sequences (ESC [ … m) are kept as they
 * are, since the output is coloured and qcc's own colours are of that form.
 */
export function showControls(text: string, keepColour = false): string {
  if (keepColour) return text.replace(CONTROL_OR_SGR, (m) => (m.length > 1 ? m : picture(m)));
  return text.replace(CONTROL, picture);
}

/**
 * A copy of `value` (a report, a list of problems) with control characters shown in every string it holds. On a
 * colour terminal the writer keeps colour sequences (qcc's own), so what the data brings is made visible before qcc
 * colours it: a value cannot paint itself red.
 */
export function showControlsIn<T>(value: T): T {
  if (typeof value === 'string') return showControls(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => showControlsIn(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = showControlsIn(v);
    return out as T;
  }
  return value;
}
