// The committed gap-list workbooks in fixtures/gaps are what the writer and edit-as-person.mjs make now.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { gapListXlsx } from '../../../src/report/gap-list/gap-list-xlsx.js';
import { gapListModel } from '../../../src/report/gap-list/gap-list-model.js';
import { fixZipTimes } from '../../../src/report/gap-list/fixed-zip-time.js';
import { editAsPerson } from '../../../fixtures/gaps/edit-as-person.mjs';
import { ROOT, miniPack, quzhou, sampleReport, tr } from './fixtures.js';

it('fixtures/gaps/*.xlsx are current (else: npm run build && node fixtures/gaps/edit-as-person.mjs)', async () => {
  const generated = await gapListXlsx(gapListModel(sampleReport(), miniPack(), quzhou(), undefined, tr), { tr });
  expect(Buffer.from(generated).equals(readFileSync(resolve(ROOT, 'fixtures/gaps/整改清单-生成.xlsx')))).toBe(true);
  const edited = fixZipTimes(await editAsPerson(generated), new Date(Date.UTC(2021, 0, 15, 9)));
  expect(Buffer.from(edited).equals(readFileSync(resolve(ROOT, 'fixtures/gaps/整改清单-已填写.xlsx')))).toBe(true);
});
