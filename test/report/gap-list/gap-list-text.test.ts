// The gap list as markdown and CSV: same rows and order as the workbook, data text made safe.
import { describe, expect, it } from 'vitest';
import { gapListCsv, gapListMarkdown } from '../../../src/report/gap-list/gap-list-text.js';
import { gapListModel } from '../../../src/report/gap-list/gap-list-model.js';
import { COLUMNS, TEXT_ORDER } from '../../../src/report/gap-list/columns.js';
import { miniPack, quzhou, sampleReport, tr } from './fixtures.js';

describe('gap list as text', () => {
  it('markdown: a title, the summary and one table row per outcome not met, veto first', async () => {
    const md = await gapListMarkdown(gapListModel(sampleReport(), miniPack(), quzhou(), undefined, tr), { tr });
    const lines = md.split('\n');
    expect(lines[0]).toBe('# 整改清单：衢州市 2020 年');
    expect(lines[2]).toBe('得分 12.32 / 20，等级 D，结论：不达标。整改事项 10 项（否决项 1 项）。');
    const rows = lines.filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(10);
    expect(rows[0]).toContain('| 4.1.2 | 负有直接监管责任的重特大质量安全事件 | 衢州市 | 否决项 |');
    expect(md).not.toContain('已销号');
  });

  it('markdown: a veto item without data says 待定 in the summary and cannot-be-judged in its row, once', async () => {
    const report = sampleReport();
    const veto = report.outcomes.find((o) => o.item === '4.1.2')!;
    const text = '未填报（2020 年）';
    Object.assign(veto, { status: 'missing', reason: text, gap: { text: `${text}；否决项缺数据，无法判定` } });
    delete veto.value;
    report.summary = {
      ...report.summary,
      verdict: 'undetermined',
      grade: 'B',
      vetoFailed: [],
      vetoUndetermined: ['4.1.2'],
    };
    const md = await gapListMarkdown(gapListModel(report, miniPack(), quzhou(), undefined, tr), { tr });
    expect(md.split('\n')[2]).toContain('结论：待定。');
    const row = md.split('\n').find((l) => l.includes('| 4.1.2 |'))!;
    expect(row).toContain('| 缺数据 | 未填报（2020 年）；否决项缺数据，无法判定 |');
    // What to do is to report the figure: a remedy for an incident would read as if one had happened.
    expect(row).toContain('| 补报衢州市 2020 年数据（');
  });

  it('markdown: a figure missing its benchmark names benchmark and year, and asks for it, not for data', async () => {
    const report = sampleReport();
    const row0 = report.outcomes.find((o) => o.status === 'fail' && o.region === '衢州市' && o.item !== '4.1.2')!;
    const text = '缺少 2020 年全国特种设备万台设备事故死亡率，请在“基准值”表中填入';
    Object.assign(row0, {
      status: 'missing',
      reason: text,
      gap: { text },
      missingBenchmarks: ['全国特种设备万台设备事故死亡率'],
    });
    const md = await gapListMarkdown(gapListModel(report, miniPack(), quzhou(), undefined, tr), { tr });
    const row = md.split('\n').find((l) => l.includes(`| ${row0.item} |`) && l.includes('| 衢州市 |'))!;
    expect(row).toContain(`| 缺数据 | ${text} |`);
    expect(row).toContain(
      '| 按规则包注明的来源（qcc rules show 可查）查到 2020 年全国特种设备万台设备事故死亡率，填入数据文件的“基准值”表后重新自查',
    );
    expect(row).not.toContain('补报');
  });

  it('markdown: a target the city has not set asks to set it, not to report data, and says why once', async () => {
    const report = sampleReport();
    const row0 = report.outcomes.find((o) => o.status === 'fail' && o.region === '衢州市' && o.item !== '4.1.2')!;
    const note = '没有全国统一的目标值';
    // As the engine leaves an unset target: status missing, the gap and the reason in the catalogue's words.
    Object.assign(row0, {
      status: 'missing',
      target: { text: tr.t('target.unset', { note }), kind: 'unset' },
      gap: { text: tr.t('gap.unset', { note }) },
      reason: tr.t('target.unset.reason'),
    });
    const md = await gapListMarkdown(gapListModel(report, miniPack(), quzhou(), undefined, tr), { tr });
    const row = md.split('\n').find((l) => l.includes(`| ${row0.item} |`) && l.includes('| 衢州市 |'))!;
    expect(row).toContain(`| 缺数据 | 本市尚未设定达标值（${note}） |`);
    expect(row).toContain(`在 qcc.yaml 的 overrides 中为 ${row0.item} 设定达标值`);
    expect(row).not.toContain('补报');
  });

  it('csv: BOM, CRLF, header, rows, quoted and neutralised cells', async () => {
    const csv = await gapListCsv(gapListModel(sampleReport(), miniPack(), quzhou(), undefined, tr), { tr });
    expect(csv.startsWith('\uFEFF序号,考核板块,考核项编号,考核项,地区,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(12);
    expect(lines[1]).toMatch(/^1,（4）保障质量安全,4\.1\.2,/);
    expect(lines.find((l) => l.includes('衢江区'))).toContain(",'=A1*100（2020年）,");
    expect(lines[2]).toContain(',> 30%，且近 3 年逐年上升,');
    expect(lines[1]).toContain(',2020-12-31,未启动,');
  });

  it('csv and markdown keep the column order of earlier versions, with every column of the workbook once', () => {
    expect([...TEXT_ORDER].sort()).toEqual(COLUMNS.map((c) => c.key).sort());
    expect(TEXT_ORDER.slice(0, 3)).toEqual(['no', 'area', 'item']);
  });

  it.each([
    {
      name: 'the city row of a veto item without data',
      region: '衢州市',
      carried: false,
      status: 'missing',
      priority: '高',
    },
    { name: 'a county that reported an incident', region: '柯城区', carried: true, status: 'fail', priority: '高' },
    {
      name: 'a county that left the veto cell blank (the city-wide figure decides)',
      region: '柯城区',
      carried: true,
      status: 'missing',
      priority: '中',
    },
  ])('priority: $name → $priority', async ({ region, carried, status, priority }) => {
    const report = sampleReport();
    const veto = report.outcomes.find((o) => o.item === '4.1.2')!;
    Object.assign(veto, { region, status, gap: { text: '未填报（2020 年）' } });
    if (carried) veto.pointsCarriedBy = '衢州市';
    const md = await gapListMarkdown(gapListModel(report, miniPack(), quzhou(), undefined, tr), { tr });
    const row = md.split('\n').find((l) => l.includes('| 4.1.2 |'))!;
    expect(row.split(' | ')[11]).toBe(priority);
  });
});
