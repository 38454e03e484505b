// Every word qcc itself shows a person for a value reads back through the one reader as the value it means: target
// texts (zh and en), the template's drop-down lists, the hint that lists yes/no words, and the words reports print.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { translator, type Lang } from '../../src/i18n/index.js';
import type { Item, Target } from '../../src/model/index.js';
import { buildProfile } from '../../src/pack/read-profile.js';
import { templateXlsx } from '../../src/report/template/template-xlsx.js';
import { describeTarget } from '../../src/engine/targets/describe.js';
import { readValue } from '../../src/wording/read-value.js';
import { yesNoExamples } from '../../src/util/value-words.js';
import { loadBuiltinPack } from '../rules/load-pack.js';

const { pack } = loadBuiltinPack();
const zh = translator('zh');
const read = (text: string, item: Item) => readValue({ kind: 'text', text }, item, zh).value;

/** The targets of an item, the parts of an `all` included. */
const targetsOf = (t: Target): Target[] => (t.kind === 'all' ? t.all.flatMap(targetsOf) : [t]);
const yesNoItem = pack.items.find((i) => i.measure.kind === 'yes-no')!;
const gradeItems = pack.items.filter((i) => i.measure.kind === 'grade');

describe.each<Lang>(['zh', 'en'])('words qcc shows in %s', (lang) => {
  const tr = translator(lang);

  it.each([true, false])('the yes-no target text for equals %s reads back as it', (equals) => {
    const text = describeTarget({ kind: 'yes-no', equals }, undefined, tr);
    expect(read(text, yesNoItem)).toEqual({ type: 'boolean', value: equals });
  });

  it('the words for yes and no in reports read back', () => {
    expect(read(tr.t('word.yes'), yesNoItem)).toEqual({ type: 'boolean', value: true });
    expect(read(tr.t('word.no'), yesNoItem)).toEqual({ type: 'boolean', value: false });
  });

  it('every grade a grade target names, and a one-grade target text, reads back as the grade', () => {
    expect(gradeItems.length).toBeGreaterThan(0);
    for (const item of gradeItems) {
      for (const target of targetsOf(item.target)) {
        if (target.kind !== 'grade') continue;
        for (const grade of target.in) expect(read(grade, item)).toEqual({ type: 'text', value: grade });
        if (target.in.length === 1)
          expect(read(describeTarget(target, item.measure.unit, tr), item)).toEqual({
            type: 'text',
            value: target.in[0],
          });
      }
    }
  });

  it('every choice of every drop-down list in the template reads back for its item', async () => {
    const { profile } = buildProfile(
      {
        file: {
          file: 'qcc.yaml',
          value: { city: '衢州市', districts: ['柯城区'] },
          problems: [],
          locate: () => ({ file: 'qcc.yaml' }),
          locateKey: () => ({ file: 'qcc.yaml' }),
        },
        problems: [],
      },
      pack,
      tr,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(await templateXlsx(pack, profile, [2018, 2019, 2020], { tr })) as unknown as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet(tr.t('template.sheet.data'))!;
    const model = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    let lists = 0;
    for (const [address, validation] of Object.entries(model)) {
      if (validation.type !== 'list') continue;
      const id = String(sheet.getCell(address.replace(/^E/, 'B')).value);
      const item = pack.items.find((i) => i.id === id)!;
      const choices = String(validation.formulae[0]).replace(/^"|"$/g, '').split(',');
      for (const choice of choices) {
        const value = read(choice, item);
        if (item.measure.kind === 'yes-no') expect(value).toEqual({ type: 'boolean', value: choice === choices[0] });
        else expect(value).toEqual({ type: 'text', value: choice });
      }
      lists += 1;
    }
    expect(lists).toBeGreaterThan(50);
  });
});

describe('the hint for a cell that is neither yes nor no', () => {
  it('lists only words that read as yes (first of a pair) and no (second)', () => {
    const hint = zh.t('hint.value-not-yes-no', { words: yesNoExamples() });
    const pairs = hint
      .replace(/^可填：|。$/g, '')
      .split('、')
      .map((p) => p.split('/'));
    expect(pairs.length).toBeGreaterThanOrEqual(5);
    for (const [yes, no] of pairs) {
      expect(read(yes!, yesNoItem)).toEqual({ type: 'boolean', value: true });
      expect(read(no!, yesNoItem)).toEqual({ type: 'boolean', value: false });
    }
  });
});
