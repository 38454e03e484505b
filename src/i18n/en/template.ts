// English texts of the data-entry template (填报模板): keys template.*.
import type { template as zh } from '../zh/template.js';

export const template: Record<keyof typeof zh, string> = {
  // The data sheets' names and headers stay Chinese: the data reader recognises them, and the files circulate among
  // Chinese departments.
  'template.sheet.guide': 'Instructions',
  'template.sheet.data': '指标数据',
  'template.sheet.benchmarks': '基准值',
  'template.col.region': '地区',
  'template.col.item': '指标编号',
  'template.col.title': '指标名称',
  'template.col.year': '年度',
  'template.col.value': '数值',
  'template.col.unit': '单位',
  'template.col.reporter': '填报单位',
  'template.col.evidence': '佐证材料（标★须填）',
  'template.col.evidence-rule': '佐证要求',
  'template.evidence-rule': '★ at least {n}',
  'template.prompt.evidence-title': 'Evidence',
  'template.prompt.evidence': 'At least {n}: {kinds}. Separate file names with 、.',
  'template.prompt.evidence-any': 'At least {n} evidence {n|document|documents}. Separate file names with 、.',
  'template.col.note': '备注',
  'template.col.target': '达标要求',
  'template.col.benchmark': '基准编号',
  'template.col.benchmark-title': '基准名称',
  'template.col.source': '来源',
  'template.prompt.title': 'Target',
  'template.prompt.text': '{target}',
  'template.prompt.with-description': '{target}; what to enter: {description}',
  'template.error.range': 'The value must be {range}; enter the number only',
  'template.error.title': 'Value not allowed',
  'template.error.decimal': 'Enter a number',
  'template.error.list': 'Choose from the list: {choices}',
  'template.guide.title': '{city}: data-entry template for the quality city self-check',
  'template.guide.pack': 'Pack: {title} ({id} {version})',
  'template.guide.years': 'Years: {years} (trend items need {n} consecutive {n|year|years})',
  'template.guide.regions': 'Regions: {regions}',
  'template.guide.step1': `In sheet 指标数据 fill in only the columns 数值 (value), 佐证材料 (evidence) and 备注 (note), the white \
cells; the other columns are prefilled and locked.`,
  'template.guide.step2': `Selecting a value cell shows the item's target. Rates are the number of per cent (98.5); \
yes-no and grade items have a dropdown list.`,
  'template.guide.step3': 'Leave a value blank when there is no data yet; do not type —, / or 无.',
  'template.guide.step4': `Evidence (佐证材料): file names, separated by 、 (e.g. 会议纪要.pdf、签到表.pdf). Rows marked ★ in 佐证要求 \
need at least that many, or the item fails the check even when its value meets the target; selecting the evidence cell \
shows which documents. qcc check --evidence-dir FOLDER then checks that the files exist.`,
  'template.guide.step5': `Sheet 基准值 takes the national figures and the province's annual targets for the city, \
with their source. A value already there is the pack's and may be replaced; a blank year has no value in the pack, \
and the items that use it cannot be judged until it is filled in.`,
  'template.guide.step6': `Then run qcc validate on this file, and qcc check. The sheet protection has no password; \
unprotect it to change a locked column.`,
  'template.city-placeholder': '本市',
  'template.cli.no-city': `The profile has no city; the template writes "{city}" as the region. Set city and districts \
in qcc.yaml and make the template again.`,
  'template.cli.needs-output': 'give the output file with -o, e.g. qcc template -o 填报模板.xlsx',
  'template.cli.written': 'Wrote {file}: {rows} {rows|row|rows} to fill in ({years}).',
};
