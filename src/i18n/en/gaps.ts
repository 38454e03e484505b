// English texts of the rectification workflow: gap list, data-entry template, diff and init.
import type { gaps as zh } from '../zh/gaps.js';

export const gaps: Record<keyof typeof zh, string> = {
  'gaps.sheet.about': 'About',
  'gaps.sheet.list': 'Gap list',
  'gaps.sheet.closed': 'Closed',
  'gaps.sheet.unmatched': 'Unmatched',
  'gaps.col.no': 'No.',
  'gaps.col.area': 'Area',
  'gaps.col.item': 'Item',
  'gaps.col.title': 'Title',
  'gaps.col.region': 'Region',
  'gaps.col.type': 'Type',
  'gaps.col.target': 'Target',
  'gaps.col.value': 'Value (year)',
  'gaps.col.status': 'Status',
  'gaps.col.gap': 'Gap',
  'gaps.col.uplift': 'Uplift',
  'gaps.col.priority': 'Priority',
  'gaps.col.lead': 'Lead department',
  'gaps.col.support': 'Supporting departments',
  'gaps.col.remedy': 'Suggested remedy',
  'gaps.col.measures': 'Measures',
  'gaps.col.owner': 'Owner',
  'gaps.col.deadline': 'Deadline',
  'gaps.col.progress': 'Progress',
  'gaps.col.evidence': 'Evidence',
  'gaps.col.note': 'Note',
  'gaps.col.now-status': 'Status now',
  'gaps.col.reason': 'Why unmatched',
  'gaps.col.origin': 'Was at',
  'gaps.type.veto': 'veto',
  'gaps.type.scored': 'scored',
  'gaps.priority.high': 'high',
  'gaps.priority.medium': 'medium',
  'gaps.priority.low': 'low',
  // The progress words are the dropdown's values; they stay Chinese so lists edited in either language read back alike.
  'gaps.progress.todo': '未启动',
  'gaps.progress.doing': '推进中',
  'gaps.progress.done': '已完成',
  'gaps.progress.closed': '已销号',
  'gaps.progress.prompt-title': 'Progress',
  'gaps.progress.prompt': 'Choose from the list: 未启动 (not started), 推进中 (in progress), 已完成 (done), 已销号 (closed)',
  'gaps.progress.error': 'Please choose the progress from the list',
  'gaps.list.join': ', ',
  'gaps.gap.with-reason': '{gap}: {reason}',
  'gaps.value.with-year': '{value} ({year})',
  'gaps.value.none': 'no data ({year})',
  'gaps.unmatched.no-key': 'no item id or region',
  'gaps.unmatched.other-region': 'this check covered {region} only; the row belongs to another region and is kept as it was',
  'gaps.unmatched.unknown-key': 'this item and region are not in this self-check',
  'gaps.unmatched.duplicate': 'differs from the row of the same item and region in sheet {sheet}',
  'gaps.about.title': 'About this gap list',
  'gaps.about.pack': 'Pack',
  'gaps.about.pack-value': '{title} ({id} {version})',
  'gaps.about.city': 'City',
  'gaps.about.year': 'Year',
  'gaps.about.score': 'Score',
  'gaps.about.score-value': '{score} / {total}',
  'gaps.about.grade': 'Grade',
  'gaps.about.verdict': 'Verdict',
  'gaps.remedy.missing': 'Report the {year} figure for {region} (a number in the item\'s unit, with evidence where required); where ' +
    'there is none, say why in the note.',
  'gaps.remedy.invalid': 'Correct the {year} figure for {region} (see the gap column for why it cannot be read) and report it again.',
  'gaps.about.veto-failed': 'Veto items triggered',
  'gaps.about.veto-undetermined': 'Veto items without data (cannot be judged)',
  'gaps.about.counts': 'Outcomes by status',
  'gaps.about.rows': 'Rows to rectify',
  'gaps.about.rows-value': '{rows} ({veto} veto)',
  'gaps.about.previous': 'Previous gap list',
  'gaps.about.previous-value': '{file}: {carried} rows carried over, {closed} closed, {unmatched} unmatched',
  'gaps.about.inputs': 'Inputs',
  'gaps.about.order': 'Order',
  'gaps.about.order-value': 'veto items first, then by uplift (highest first), then by item id and region',
  'gaps.about.priority': 'Priority',
  'gaps.about.priority-value': 'high: veto items, or uplift of at least 3% of the total; medium: uplift above 0; low: the rest',
  'gaps.about.fill': 'How to fill in',
  'gaps.about.fill-value':
    'Fill in the columns Measures, Owner, Deadline, Progress, Evidence and Note; you may add columns. Give ' +
    'this file to the next run with --previous: what you typed is kept by item id + region.',
  'gaps.about.deadline': 'Default deadline',
  'gaps.md.title': 'Gap list: {city} {year}',
  'gaps.md.summary': 'Score {score} / {total}, grade {grade}, verdict: {verdict}. {rows} rows to rectify ({veto} veto).',
  'gaps.md.none': 'Nothing to rectify.',
  'gaps.md.closed': 'Closed',
  'gaps.md.unmatched': 'Unmatched (rows of the previous list that match nothing now; kept as they were)',
  'gaps.cli.carried': 'Previous gap list {file}: {carried} rows carried over, {closed} moved to Closed, {unmatched} could not be ' +
    'matched and are kept in the Unmatched sheet.',
  'gaps.cli.carried-all': 'Previous gap list {file}: {carried} rows carried over, {closed} moved to Closed, every row matched.',
  'gaps.cli.written': 'Wrote {file}: {rows} rows to rectify.',
  'gaps.cli.format-xlsx-needs-output': 'the xlsx format needs an output file: -o gap-list.xlsx',
  'gaps.cmd.gaps': 'write the gap list (one sheet per lead department); --previous carries over what people typed into the last one',
  'gaps.cmd.template': 'write a data-entry workbook (xlsx) from the pack and the profile',
  'gaps.cmd.diff': 'compare two self-check reports (JSON): score and grade, items newly met, newly failing and still failing',
  'gaps.cmd.init': 'write a starter qcc.yaml and the data-entry template into the current folder; never overwrites',
  'gaps.option.previous': 'the previous gap list (xlsx) whose typed content is carried over; repeat it for copies each department sent back',
  'gaps.option.report': 'use a self-check report saved by qcc check --format json instead of reading data files',
  'gaps.option.template-region': 'only the rows of this region (a template for one county to fill in)',
  'gaps.option.years': 'number of years to fill in, ending with the evaluation year (default: what trend items need, at least 3)',
  'gaps.option.city': 'city name',
  'gaps.option.districts': 'districts and counties, comma-separated',
  'gaps.arg.files': 'data files (.xlsx, .csv), folders or globs; by default as for qcc check (data: in qcc.yaml)',
  'gaps.arg.before': 'the earlier self-check report (output of qcc check --format json)',
  'gaps.arg.after': 'the later self-check report',
  'gaps.error.exists': '{file} already exists and is not overwritten. Move or rename it first to make a new one.',
  // The data sheets' names and headers stay Chinese: the data reader knows them, and they go to Chinese offices.
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
  'template.prompt.evidence-any': 'At least {n} evidence document(s). Separate file names with 、.',
  'template.col.note': '备注',
  'template.col.benchmark': '基准编号',
  'template.col.source': '来源',
  'template.prompt.title': 'Target',
  'template.prompt.text': '{target}',
  'template.error.range': 'The value must be {range}; enter the number only',
  'template.error.title': 'Value not allowed',
  'template.error.decimal': 'Enter a number',
  'template.error.list': 'Choose from the list: {choices}',
  'template.guide.title': '{city}: data-entry template for the quality city self-check',
  'template.guide.pack': 'Pack: {title} ({id} {version})',
  'template.guide.years': 'Years: {years} (trend items need {n} consecutive years)',
  'template.guide.regions': 'Regions: {regions}',
  'template.guide.step1': 'In sheet 指标数据 fill in only the columns 数值 (value), 佐证材料 (evidence) and 备注 (note), the white cells; the ' +
    'other columns are prefilled and locked.',
  'template.guide.step2': 'Selecting a value cell shows the item\'s target. Rates are the number of per cent (98.5); yes-no and ' +
    'grade items have a dropdown list.',
  'template.guide.step3': 'Leave a value blank when there is no data yet; do not type —, / or 无.',
  'template.guide.step4': 'Evidence (佐证材料): file names, separated by 、 (e.g. 会议纪要.pdf、签到表.pdf). Rows marked ★ in 佐证要求 need at least ' +
    'that many, or the item fails the check even when its value meets the target; selecting the evidence cell ' +
    'shows which documents. qcc check --evidence-dir FOLDER then checks that the files exist.',
  'template.guide.step5': 'Sheet 基准值 takes this year\'s national or provincial reference values and their source; blank means the ' +
    'pack\'s value.',
  'template.guide.step6': 'Then run qcc validate on this file, and qcc check. The sheet protection has no password; unprotect it to ' +
    'change a locked column.',
  'template.city-placeholder': '本市',
  'template.cli.no-city': 'The profile has no city; the template writes "{city}" as the region. Set city and districts in qcc.yaml ' +
    'and make the template again.',
  'template.cli.needs-output': 'give the output file with -o, e.g. qcc template -o 填报模板.xlsx',
  'template.cli.written': 'Wrote {file}: {rows} rows to fill in ({years}).',
  'init.cli.written': 'Wrote {files}. Next:',
  'init.cli.next': `  1. Edit qcc.yaml (city, districts, year), then run qcc template -o 填报模板.xlsx --force \
to make the template again;
  2. send the template to the departments and counties; save each file that comes back into the folder {folder} \
(one file per reporter, e.g. {folder}填报-开化县.xlsx);
  3. run qcc validate {folder} to check the submitted files, then qcc check for the self-check.`,
  'init.cli.folder-created': 'the folder {folder}',
  'init.cli.folder-kept': 'The existing folder {folder} is left as it is.',
  'init.yaml': `# qcc profile (quality city self-check). Check it with: qcc rules lint --profile qcc.yaml

# pack: the built-in id quality-city, or the path of a pack folder
pack: {pack}

# the city and its districts, written as in the 地区 (region) column of the data files
city: {city}
districts:{districts}

# evaluation year
year: {year}

# where the submitted data is (relative to the folder of this file): save every filled-in template into this
# folder; qcc check, gaps and explain read it when no files are named. Files, folders or globs, several as a
# list, e.g. [报送/, 补报/*.xlsx]; a folder gives the files directly in it, 报送/**/*.xlsx its sub-folders too
data: {data}

# targets changed for this city (say why)
# overrides:
#   "5.1.2":
#     target: { op: ">=", value: 96 }
#     reason: local plan, annex 1

# items that do not apply (say why)
# not_applicable:
#   "4.1.3": either this or 4.1.2 suffices; the city meets 4.1.2

# approved waivers (after expiry the item is evaluated normally)
# waivers:
#   - item: "8.1.2"
#     region: 开化县
#     reason: regional dust storms; deferral accepted by the provincial environment department
#     approver: city quality office
#     expires: 2020-12-31

# default deadline in the gap list (else the end of the pack's rectification phase)
# deadline: 2020-12-31
`,
  'init.city-placeholder': 'SomeCity',
  'init.districts-placeholder': 'DistrictA, CountyB',
  'diff.title': 'Self-check compared: {before} → {after}',
  'diff.side': '{city} {year} ({pack} {version})',
  'diff.score': 'Score: {before} → {after} ({change})',
  'diff.grade': 'Grade: {before} → {after}',
  'diff.verdict': 'Verdict: {before} → {after}',
  'diff.areas': 'Score by area',
  'diff.col.area': 'Area',
  'diff.col.before': 'Before',
  'diff.col.after': 'After',
  'diff.col.change': 'Change',
  'diff.col.item': 'Item',
  'diff.col.region': 'Region',
  'diff.col.status': 'Status',
  'diff.col.gap-before': 'Gap before',
  'diff.col.gap-after': 'Gap now',
  'diff.col.gap-change': 'Gap change',
  'diff.newly-met': 'Newly met: {n}',
  'diff.newly-failing': 'Newly failing: {n}',
  'diff.still-failing': 'Still failing: {n}',
  'diff.none': 'none',
  'diff.gap.closer': 'narrower by {amount}',
  'diff.gap.wider': 'wider by {amount}',
  'diff.gap.same': 'unchanged',
  'diff.left-unmet': '{n} not fixed but no longer checked (now waived, not applicable, or outside this check)',
  'diff.not-checked': 'not checked',
  'diff.not-comparable': 'The two reports differ in pack, city or region ({before} / {after}); compare with care.',
  'problem.template-unknown-region': 'the profile has no region {region} (configured: {regions})',
  'problem.report-not-json': 'not a valid JSON file: {detail}',
  'hint.report-not-json': 'qcc diff needs files written by qcc check --format json -o report.json.',
  'problem.report-wrong-schema': 'not a qcc self-check report (schema should be qcc/report@1, found {schema})',
  'hint.report-wrong-schema': 'qcc diff needs files written by qcc check --format json -o report.json.',
  'gaps.detail.not-zip': 'the content is not an xlsx workbook (perhaps an .xls, a .csv or a renamed file)',
  'problem.gap-list-not-xlsx': 'cannot be read as an xlsx workbook: {detail}',
  'hint.gap-list-not-xlsx': '--previous needs a gap list written by qcc gaps and filled in by the departments; save .xls or .et files ' +
    'as .xlsx first.',
  'problem.gap-list-no-header': 'no gap-list sheet with the columns 考核项编号 (item) and 地区 (region) in this workbook',
  'hint.gap-list-no-header': 'Check that --previous names a gap list and that its header row was not deleted or renamed.',
  'problem.gap-list-unmatched': '{n} rows of the previous gap list match nothing in this self-check; they are kept unchanged in the ' +
    'Unmatched sheet',
  'hint.gap-list-unmatched': 'Open the Unmatched sheet, check them, and copy their content to the right rows.',
};
