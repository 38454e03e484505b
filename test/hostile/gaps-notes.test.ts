// The returned-gap-list cases that carry typed notes (fixtures/hostile/cases/gaps-*.mjs, `notes`): every note is in
// the new list, as text (never a formula), and the new list is a workbook Excel opens (exceljs reads it back).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT } from '../helpers/paths.js';
import { childEnv } from '../helpers/child-env.js';

interface NotesCase {
  name: string;
  notes?: string[];
  make(dir: string): Promise<{ argv: string[] }>;
}

const CASES = fixture('hostile/cases');
const kinds = await Promise.all(
  readdirSync(CASES)
    .filter((f) => f.startsWith('gaps-') && f.endsWith('.mjs'))
    .sort()
    .map(async (f) => (await import(pathToFileURL(join(CASES, f)).href)) as { kind: string; cases: NotesCase[] }),
);

/** Every cell of every sheet: its value, and whether it is a formula. */
async function cells(path: string): Promise<{ text: string; formula: boolean }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: { text: string; formula: boolean }[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => out.push({ text: String(cell.text), formula: cell.type === ExcelJS.ValueType.Formula })),
    ),
  );
  return out;
}

for (const { kind, cases } of kinds) {
  describe(kind, () => {
    for (const c of cases.filter((x) => x.notes)) {
      it(`${c.name}: every typed note is text in the new list`, async () => {
        const dir = mkdtempSync(join(tmpdir(), 'qcc-gaps-notes-'));
        const { argv } = await c.make(dir);
        const run = spawnSync(process.execPath, [join(ROOT, 'bin/qcc.js'), ...argv], {
          cwd: dir,
          env: childEnv({ QCC_CACHE_DIR: join(dir, 'cache') }),
          encoding: 'utf8',
        });
        expect(run.status, run.stderr.slice(0, 2000)).toBe(0);
        const written = await cells(join(dir, argv[argv.indexOf('-o') + 1] ?? ''));
        for (const note of c.notes ?? []) {
          const found = written.filter((cell) => cell.text.includes(note));
          expect(found.length, `${note} lost`).toBeGreaterThan(0);
          expect(
            found.some((cell) => cell.formula),
            `${note} became a formula`,
          ).toBe(false);
        }
      }, 30_000);
    }
  });
}
