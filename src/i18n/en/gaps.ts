// English texts of the gap list (整改清单): its columns, sheets and carry-over: keys gaps.*.
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
  // The progress words are the dropdown's values; they stay Chinese so that a list edited in either language
  // reads back the same.
  'gaps.progress.todo': '未启动',
  'gaps.progress.doing': '推进中',
  'gaps.progress.done': '已完成',
  'gaps.progress.closed': '已销号',
  'gaps.progress.prompt-title': 'Progress',
  'gaps.progress.prompt':
    'Choose from the list: 未启动 (not started), 推进中 (in progress), 已完成 (done), 已销号 (closed)',
  'gaps.progress.error': 'Please choose the progress from the list',
  'gaps.list.join': ', ',
  'gaps.gap.with-reason': '{gap}: {reason}',
  'gaps.value.with-year': '{value} ({year})',
  'gaps.value.none': 'no data ({year})',
  'gaps.unmatched.no-key': 'no item id or region',
  'gaps.unmatched.other-region':
    'this check covered {region} only; the row belongs to another region and is kept as it was',
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
  'gaps.remedy.missing': `Report the {year} figure for {region} (a number in the item's unit, with evidence where \
required); where there is none, say why in the note.`,
  'gaps.remedy.benchmark':
    'Look up the {year} value of {benchmark} in the source the pack names (see qcc rules show), ' +
    "enter it in the data file's 基准值 sheet and run the check again; the city's own figure is already in.",
  'gaps.remedy.unset':
    "The city sets this item's target: in qcc.yaml overrides, give {item} a target from the city's plan or the \
province's target, with its reason, and check again. Until then the item earns no points and is not judged as failed.",
  'gaps.remedy.invalid':
    'Correct the {year} figure for {region} (see the gap column for why it cannot be read) and report it again.',
  'gaps.about.veto-failed': 'Veto items triggered',
  'gaps.about.veto-undetermined': 'Veto items without data (cannot be judged)',
  'gaps.about.counts': 'Outcomes by status',
  'gaps.about.rows': 'Rows to rectify',
  'gaps.about.rows-value': '{rows} ({veto} veto)',
  'gaps.about.previous': 'Previous gap list',
  'gaps.about.previous-value':
    '{file}: {carried} {carried|row|rows} carried over, {closed} closed, {unmatched} unmatched',
  'gaps.about.inputs': 'Inputs',
  'gaps.about.order': 'Order',
  'gaps.about.order-value': 'veto items first, then by uplift (highest first), then by item id and region',
  'gaps.about.priority': 'Priority',
  'gaps.about.priority-value':
    'high: veto items, or uplift of at least 3% of the total; medium: uplift above 0; low: the rest',
  'gaps.about.fill': 'How to fill in',
  'gaps.about.fill-value': `Fill in the columns Measures, Owner, Deadline, Progress, Evidence and Note; you may add \
columns. Give this file to the next run with --previous: what you typed is kept by item id + region.`,
  'gaps.about.phases': 'Phases',
  'gaps.about.departments': 'Lead and support',
  'gaps.about.departments-inferred': `the pack's default division of work, inferred (the plan's own division is not \
public). The quality office gives departments their local names in qcc.yaml departments:; to have another department \
lead an item, rewrite 牵头单位 in the list: the next list keeps it.`,
  'gaps.about.departments-value': `the pack's default division of work. The quality office gives departments their \
local names in qcc.yaml departments:; to have another department lead an item, rewrite 牵头单位 in the list: the next \
list keeps it.`,
  'gaps.about.deadline': 'Default deadline',
  'gaps.md.title': 'Gap list: {city} {year}',
  'gaps.md.summary':
    'Score {score} / {total}, grade {grade}, verdict: {verdict}. {rows} {rows|row|rows} to rectify ({veto} veto).',
  'gaps.md.none': 'Nothing to rectify.',
  'gaps.md.closed': 'Closed',
  'gaps.md.unmatched': 'Unmatched (rows of the previous list that match nothing now; kept as they were)',
  'gaps.cli.carried': `Previous gap list {file}: {carried} {carried|row|rows} carried over, {closed} moved to Closed, \
{unmatched} could not be matched and {unmatched|is|are} kept in the Unmatched sheet.`,
  'gaps.cli.carried-all':
    'Previous gap list {file}: {carried} {carried|row|rows} carried over, {closed} moved to Closed, every row matched.',
  'gaps.cli.written': 'Wrote {file}: {rows} {rows|row|rows} to rectify.',
  'gaps.cli.format-xlsx-needs-output': 'the xlsx format needs an output file: -o gap-list.xlsx',
  'gaps.cmd.gaps':
    'write the gap list (one sheet per lead department); --previous carries over what people typed into the last one',
  'gaps.cmd.template': 'write a data-entry workbook (xlsx) from the pack and the profile',
  'gaps.cmd.diff':
    'compare two self-check reports (JSON): score and grade, items newly met, newly failing and still failing',
  'gaps.cmd.init': 'write a starter qcc.yaml and the data-entry template into the current folder; never overwrites',
  'gaps.option.previous':
    'the previous gap list (xlsx) whose typed content is carried over; repeat it for copies each department sent back',
  'gaps.option.report': 'use a self-check report saved by qcc check --format json instead of reading data files',
  'gaps.option.template-region': 'only the rows of this region (a template for one county to fill in)',
  'gaps.option.years':
    'number of years to fill in, ending with the evaluation year (default: what trend items need, at least 3)',
  'gaps.option.city': 'city name',
  'gaps.option.districts': 'districts and counties, comma-separated',
  'gaps.arg.files': 'data files (.xlsx, .csv), folders or globs; by default as for qcc check (data: in qcc.yaml)',
  'gaps.arg.before': 'the earlier self-check report (output of qcc check --format json)',
  'gaps.arg.after': 'the later self-check report',
  'gaps.error.exists': '{file} already exists and is not overwritten. Move or rename it first to make a new one.',
  'gaps.detail.not-zip': 'the content is not an xlsx workbook (perhaps an .xls, a .csv or a renamed file)',
  'gaps.detail.no-workbook': 'it is a zip, but holds no xlsx workbook (perhaps an .ods, a .docx or a renamed file)',
  'gaps.detail.damaged': 'the file is damaged and its workbook cannot be read',
};
