// English texts of every problem (problem.<code>) and its hint (hint.<code>), keys problem.* and hint.*.
import type { problem as zh } from '../zh/problem.js';

export const problem: Record<keyof typeof zh, string> = {
  'problem.data-file-format': '{file} is a {ext} file; qcc reads only .xlsx and .csv files',
  'hint.data-file-format':
    'Open the file in Excel or WPS, choose "Save As", pick "Excel Workbook (*.xlsx)" and submit it again.',
  'problem.data-file-misnamed': '{file} is named {ext} but holds an Excel workbook (.xlsx); it was read as .xlsx',
  'hint.data-file-misnamed':
    'Rename the file to .xlsx before sending it (or save it as CSV in Excel or WPS), so other programs do not \
misread it.',
  'problem.data-file-corrupt': '{file} cannot be opened as an .xlsx file: {detail}',
  'hint.data-file-corrupt':
    'Open it in Excel or WPS and save it again as .xlsx; if it does not open, ask the sender for a new copy.',
  'problem.data-file-not-xlsx': '{file} is not an xlsx file ({detail}); save it as .xlsx in Excel or WPS',
  'hint.data-file-not-xlsx':
    'Open the file in Excel or WPS, choose "Save As", pick "Excel Workbook (*.xlsx)" and submit it again.',
  'problem.data-file-encrypted': '{file} has an open password; remove the password and save it again',
  'hint.data-file-encrypted': `qcc cannot read encrypted workbooks. Open it in Excel with the password, \
File → Info → Protect Workbook → Encrypt with Password, clear the password and save as .xlsx \
(WPS: File → Document Encryption → Password Encryption).`,
  'problem.zip-too-large':
    '{file}: its part {part} unpacks to {limit}; qcc does not read the file (a zip bomb, or a damaged file)',
  'hint.zip-too-large':
    'Open it in Excel or WPS and save it again as .xlsx; if it does not open, ask the sender for a new copy.',
  'problem.cell-too-large':
    '{file} has a cell of more than {limit} characters (the most an Excel cell holds); qcc does not read the file',
  'hint.cell-too-large': 'Shorten that cell (put long explanations in the evidence), save and submit again.',
  'problem.csv-quote-not-closed': `{file} line {line} has a double quote that is never closed: the rest of \
the file became one field, so the \
file was not read`,
  'hint.csv-quote-not-closed': `On line {line}, find the field that starts with a double quote (") and add \
one at the end of its text; a quote \
inside the text is written twice (""). Or open the file in Excel or WPS and save it as CSV again.`,
  'problem.csv-record-too-long': `{file} line {line} runs past {limit} MB without ending (no line break, or \
a quote never closed), so the file \
was not read`,
  'hint.csv-record-too-long': `Check line {line}: most likely a line break or a closing double quote is \
missing. A field holds at most 32767 \
characters (Excel's limit); put long explanations in an evidence file.`,
  'problem.csv-file-too-large': '{file} is {size} MB, over the {limit} MB limit for a CSV file, so it was not read',
  'hint.csv-file-too-large':
    'Split it by region or year into several files in one folder and check the folder (qcc validate FOLDER).',
  'problem.csv-too-many-rows': '{file} has more than {limit} rows (from line {line}), so it was not read',
  'hint.csv-too-many-rows':
    'Split it by region or year into several files in one folder and check the folder (qcc validate FOLDER).',
  'problem.problems-repeated':
    '{file} has {count} more problems [{code}] of the same kind, not listed one by one (the first {limit} are)',
  'hint.problems-repeated': `Thousands of the same problem usually mean a whole column or the whole file is \
off: find the cause from the \
places listed, fix it everywhere and check again; the places left are then listed.`,
  'problem.data-no-files': '{file} has no .xlsx or .csv data files',
  'hint.data-no-files': `Put the submitted .xlsx or .csv files into this folder, or name the files to check \
(hidden files and ~$ lock files do not count).`,
  'problem.data-no-match': '{pattern} matches no .xlsx, .xlsm, .csv or .tsv file',
  'hint.data-no-match': `Searched in {folder}. Check how the folder and file names are written (* stands for any \
characters, ? for one, ** for any depth of sub-folders), or put the submitted files there first.`,
  'problem.input-written-by-qcc': 'Skipped {file}: qcc wrote it ({kind}); it is not submitted data',
  'problem.data-no-table':
    'No data table found in {file}: no header such as "指标编号" (item) or "指标名称" (title) in the first 20 rows',
  'hint.data-no-table':
    'Use the template made by qcc template; the header needs at least 指标编号 (or 指标名称), 年度 and 数值.',
  'problem.sheet-hidden': 'Sheet {sheet} is hidden and was skipped',
  'hint.sheet-hidden': 'If it holds data to submit, right-click the sheet tab in Excel or WPS and choose "Unhide".',
  'problem.sheet-no-header':
    'Sheet {sheet} has no recognisable header in its first {rows} {rows|row|rows} and was skipped',
  'hint.sheet-no-header': `If this is a data sheet, use the headers 地区 指标编号 指标名称 年度 数值 单位 填报单位 佐证材料 备注 (or region, \
item, title, year, value, unit, reporter, evidence, note).`,
  'problem.column-missing': 'The "{column}" column is missing',
  'hint.column-missing': 'Add this column to the header row; accepted names: {aliases}.',
  'problem.item-missing': 'This row has a value but neither an item id nor a title',
  'hint.item-missing': 'Fill in the item id (such as 6.3.1) or the title as the pack writes it.',
  'problem.item-unknown': 'The pack has no item {item}',
  'hint.item-unknown': 'Run qcc rules list to see every item id and title.',
  'hint.item-title-mismatch-no-id': 'the row was read by its id; check that the id is right, or correct the title.',
  'problem.item-title-mismatch': 'Item {item} is titled "{expected}", but this row says "{title}"',
  'hint.item-title-mismatch':
    'The row was read by its id; check whether the id is wrong (the title belongs to {other}) or correct the title.',
  'problem.unit-mismatch':
    'Item {item}: the unit "{unit}" written here is not the same quantity as the item\'s unit "{expected}"',
  'hint.unit-mismatch': `Convert the value to {expected}; units of the same quantity may be written as they are (平方米, 万\
平方米; 元, 万元, 亿元; %, ‰) and qcc converts them.`,
  'problem.value-unit-unknown': 'The value "{value}" of item {item} ends in "{unit}", which is not a unit qcc knows',
  'hint.value-unit-unknown': `Write only the number, or the item's unit ({expected}); put remarks such as "about" or \
"January to September" in the note column.`,
  'problem.value-not-number': 'The value "{value}" of item {item} is not a number',
  'hint.value-not-number':
    'Write only the number, with its unit if you like (98.5%, 1.2万, 60万平方米, 85分); put explanations in the note column.',
  'problem.value-not-yes-no': 'Item {item} needs yes or no, but this says "{value}"',
  'hint.value-not-yes-no': 'Accepted: {words}.',
  'problem.value-out-of-range': 'The value {value} of item {item} is out of range: it must be {range}',
  'hint.value-out-of-range': `Check the value and its unit: write a percentage as 98.5 or 98.5% (not 9850%), counts \
and ranks as whole numbers. If the value is right, the pack's maintainer can widen measure.range.`,
  'problem.value-implausible': 'The value {value} of item {item} is {factor} the usual range ({range}); {guess}',
  'hint.value-implausible':
    'Check the value and its unit; if it is right, ignore this warning: the value is used as it is.',
  'problem.value-looks-like-fraction': 'Item {item} is a percentage, and {value} looks like a fraction ({percent}%)',
  'hint.value-looks-like-fraction':
    'If it is {percent}%, write {percent} or {percent}%; if it really is {value}%, ignore this warning.',
  'problem.value-missing': 'Item {item} has no value',
  'hint.value-missing': 'Fill in the value; if there is no data, say why in the note. The item counts as not reported.',
  'problem.evidence-too-few':
    'Item {item} ({region} {year}) needs at least {required} evidence {required|document|documents}; {listed} listed',
  'hint.evidence-too-few': `List the evidence file names in the 佐证材料 (evidence) column, separated by 、 (e.g. 会议纪要.pdf、签\
到表.pdf){kinds}; an item short of evidence fails the check.`,
  'problem.values-missing': '{region} {year}: {count} {count|item has|items have} no value: {items}{placeholders}',
  'hint.values-missing': `Fill in each value; if there is no data, say why in the note. These items count as not \
reported. Add --verbose to list every cell.`,
  'problem.value-error-cell': 'The cell of item {item} holds the error {value}',
  'hint.value-error-cell':
    'Check the formula in Excel or WPS (a division by zero, for example), fix it and save again.',
  'problem.formula-no-result': 'The cell has the formula {formula} but no computed result',
  'hint.formula-no-result':
    'Open the file in Excel or WPS and save it once so that formulas are computed, then submit it.',
  'problem.year-invalid': 'The year "{value}" is not valid',
  'hint.year-invalid': 'Write the year as 2020 or 2020年 (1990–2100).',
  'problem.region-assumed-city': 'sheet "{sheet}" has no region column; its data is read as the city\'s ({city})',
  'hint.region-assumed-city':
    "if these are a district's figures, add a region column, or rename the sheet after the district.",
  'problem.region-unknown': 'The region "{region}" is not one of the profile\'s regions',
  'hint.region-unknown': 'Regions: {regions}.',
  'problem.record-duplicate':
    '{region} {item} {year} is given twice with different values: {value} here, {otherValue} at {other}',
  'hint.record-duplicate': `A region, item and year may have one value only; check with the senders and delete the \
wrong one. Until then the item is judged as invalid data.`,
  'problem.record-repeated': '{region} {item} {year} is already given at {other} (same value)',
  'hint.record-repeated': 'Delete one of them, so that a later correction is not made in one place only.',
  'problem.benchmark-unknown': 'The pack has no benchmark {benchmark}',
  'hint.benchmark-unknown': 'Benchmark ids: {allowed}.',
  'problem.benchmark-duplicate': 'Benchmark {benchmark} {year} is given twice: {value} here, {otherValue} at {other}',
  'hint.benchmark-duplicate': 'Give each benchmark one row per year. The first one read ({other}) is used.',
  'problem.benchmark-values-missing': 'The 基准值 sheet has {count} blank {count|value|values}: {list}',
  'hint.benchmark-values-missing': `These are national or provincial published values, usually filled in once by the \
city's office; a department's or county's file may leave them blank. Items that use a benchmark without a value are \
judged as missing data. Add --verbose to list every cell.`,
  'problem.benchmark-value-missing': 'Benchmark {benchmark} ({title}) has no value for {year}',
  'hint.benchmark-value-missing': `the pack has no value for this year: fill in the published value and its source, or \
the items that use it count as missing.`,
  'problem.waiver-expired':
    'the waiver of item {item} expired on {expires} (today is {today}); the item was evaluated on its data',
  'hint.waiver-expired': 'Renew the waiver and update expires, or remove it.',
  'problem.region-not-in-profile': "region {region} is neither the city {city} nor one of the profile's districts",
  'hint.region-not-in-profile': '--region can be: {regions}',
  'problem.profile-no-districts':
    'the profile lists no districts; {count} district {count|item was|items were} not evaluated',
  'hint.profile-no-districts': 'Add districts: [district 1, district 2, …] to qcc.yaml.',
  'problem.case-file-shape': 'test case file has the wrong shape: {detail}',
  'hint.case-file-shape': `A case file holds a cases list; each case has name, year, records (the data) and expect \
(the statuses expected); see the examples in fixtures/packs/cases-demo/tests/.`,
  'problem.case-unknown-item': 'the test case names an item that does not exist: {item}',
  'problem.case-bad-status': 'expected status {value} is not valid; one of: {allowed}',
  'problem.case-bad-value': 'value {value} has the wrong type: a number, true/false, text or null is needed',
  'problem.case-no-cases': 'pack {dir} has no test cases (.yaml files in its tests/ folder)',
  'problem.template-unknown-region': 'the profile has no region {region} (configured: {regions})',
  'problem.report-not-json': 'not a valid JSON file: {detail}',
  'hint.report-not-json': 'qcc diff needs files written by qcc check --format json -o report.json.',
  'problem.report-wrong-schema': 'not a qcc self-check report (schema should be qcc/report@1, found {schema})',
  'hint.report-wrong-schema': 'qcc diff needs files written by qcc check --format json -o report.json.',
  'problem.gap-list-not-xlsx': 'cannot be read as an xlsx workbook: {detail}',
  'hint.gap-list-not-xlsx': `--previous needs a gap list written by qcc gaps and filled in by the departments; save \
.xls or .et files as .xlsx first.`,
  'problem.gap-list-no-header':
    'no gap-list sheet with the columns 考核项编号 (item) and 地区 (region) in this workbook',
  'hint.gap-list-no-header':
    'Check that --previous names a gap list and that its header row was not deleted or renamed.',
  'problem.gap-list-unmatched': `{n} {n|row|rows} of the previous gap list {n|matches|match} nothing in this \
self-check; {n|it is|they are} kept unchanged in the Unmatched sheet`,
  'hint.gap-list-unmatched': 'Open the Unmatched sheet, check them, and copy their content to the right rows.',
  'problem.gap-list-too-large': `its part {part} inflates to more than {mb} MB and was not read (a gap list is never \
this large: a damaged file or a zip bomb)`,
  'hint.gap-list-too-large': `Open the list in Excel or WPS and save it as a new .xlsx before reading it with \
--previous; if it will not open, ask the department for the original.`,
  'problem.gap-list-too-many-cells': 'the gap list holds more than {n} cells; reading stopped',
  'hint.gap-list-too-many-cells':
    'Delete the many hand-added columns or extra rows, save, and read it again with --previous.',
  'problem.gap-list-damaged': 'this sheet is damaged (cut off or malformed), so the gap list cannot be read',
  'hint.gap-list-damaged':
    'Open it in Excel or WPS and save it as a new .xlsx; if it will not open, ask the department for the original.',
  'problem.gap-list-merge-ignored':
    'the merged range {range} covers more than {limit} cells, which no person merges; it was read as unmerged',
  'hint.gap-list-merge-ignored':
    'Every row was read as typed; to merge, unmerge this range in Excel or WPS and merge only the cells you need.',
  'problem.file-unreadable': 'cannot read the file: {detail}',
  'hint.file-unreadable': 'check that the path is right and that the file exists and can be read.',
  'problem.pack-not-found': 'rule pack not found: {pack}',
  'hint.pack-not-found': '--pack takes the built-in id quality-city or the path of a folder with a pack.yaml.',
  'problem.pack-no-metadata': 'the pack folder has no pack.yaml',
  'hint.pack-no-metadata': 'every pack needs a pack.yaml with its id, title, version, scoring, areas and departments.',
  'problem.pack-no-items': 'the pack has no item files',
  'hint.pack-no-items': 'put item files such as 01-mechanism.yaml beside pack.yaml, one area per file.',
  'problem.yaml-syntax': 'YAML syntax error: {detail}',
  'hint.yaml-syntax': 'check the indentation on this line, the space after each colon and that quotes are paired.',
  'problem.yaml-duplicate-key': 'the same key appears twice at this level',
  'hint.yaml-duplicate-key': 'remove or merge the repeated entry; keys at one level must be unique in YAML.',
  'problem.yaml-custom-tag': 'custom tag {tag} is not supported',
  'hint.yaml-custom-tag': 'remove the tag that starts with ! and write the value itself.',
  'problem.yaml-too-many-aliases': 'more than {max} YAML aliases (* references)',
  'hint.yaml-too-many-aliases': 'rule files need no aliases; write the content out.',
  'problem.yaml-too-large': '{file} is larger than {max}; qcc does not read YAML files this large',
  'hint.yaml-too-large':
    'qcc.yaml and rule files are usually a few dozen KB: check the file is the right one, or split it.',
  'problem.yaml-not-utf8': '{file} is not UTF-8 encoded; save it as UTF-8 in Notepad or WPS',
  'hint.yaml-not-utf8': 'a GBK or UTF-16 (Notepad\'s "Unicode") file reads as garbled text; choose UTF-8 when saving.',
  'problem.yaml-too-deep': 'YAML nested more than {max} levels deep',
  'hint.yaml-too-deep':
    'qcc.yaml and rule files need a few levels of indentation: check for extra indentation here or an unclosed [ or {.',
  'problem.yaml-too-many-tokens': '{file} holds too much YAML (more than {max} tokens)',
  'hint.yaml-too-many-tokens':
    'qcc.yaml and rule files hold a few thousand tokens: check the file is the right one, or split it.',
  'hint.did-you-mean': 'did you mean {suggestion}?',
  'problem.schema-required': '{property} is required',
  'problem.schema-unknown-key': 'unknown key {key}',
  'hint.schema-unknown-key': 'keys allowed here: {allowed}',
  'problem.schema-type': '{property} has the wrong type: expected {expected}',
  'problem.schema-enum': '{property}: {value} is not valid; choose one of {allowed}',
  'problem.schema-pattern': '{property} is not in the right form: {value}',
  'hint.schema-pattern': 'it must match {pattern}',
  'problem.schema-item-id': 'item id {value} is not in the form area.task.n (e.g. 6.3.1)',
  'hint.schema-item-id': 'an id is three positive integers: the area, the task of the plan, a serial number.',
  'problem.schema-range': '{property}: {value} is out of range: must be {comparison} {limit}',
  'problem.schema-unique': '{value} appears twice in {property}',
  'hint.schema-unique': 'remove the repeated entry.',
  'problem.schema-size': '{property} has the wrong number of entries: {detail}',
  'problem.schema-invalid': '{property} is not valid: {detail}',
  'problem.item-duplicate-id': 'item id {id} is used twice; the other is at {other}',
  'hint.item-duplicate-id': 'ids are unique and never reused; give one of them a new id.',
  'problem.item-id-area': 'item {id} does not start with the area {area} of its file',
  'hint.item-id-area': 'start the id with {area}., or move the item to the file of area {prefix}.',
  'problem.unknown-area': 'there is no area {area}',
  'hint.unknown-area': 'areas in pack.yaml: {allowed}',
  'problem.unknown-basis': 'basis document {doc} is not listed under basis in pack.yaml',
  'hint.unknown-basis': 'documents listed: {allowed}',
  'problem.unknown-department': 'unknown department {name}',
  'hint.unknown-department':
    'did you mean {suggestion}? Departments must be listed under departments in pack.yaml (with aliases).',
  'hint.unknown-department-list': 'departments must be listed under departments in pack.yaml (old names as aliases).',
  'problem.duplicate-department': 'department name {name} appears twice (the other at {other})',
  'problem.unknown-benchmark': 'there is no benchmark {benchmark}',
  'hint.unknown-benchmark': 'define it under benchmarks in pack.yaml; defined: {allowed}',
  'problem.target-shape': 'target not recognised: {keys}',
  'hint.target-shape': 'targets: {shapes}.',
  'problem.target-measure': 'a {target} target does not fit a {measure} measure',
  'hint.target-measure': 'targets for a {measure} measure: {allowed}',
  'problem.target-item-alone': '{ item: "{item}" } may only stand inside any or all',
  'hint.target-item-alone':
    'write { any: [ { op: ">=", value: 1 }, { item: "{item}" } ] } (either route is enough), or all (both must hold).',
  'problem.target-item-unknown': 'the target refers to item {item}, which does not exist',
  'problem.target-item-not-part': 'the target refers to item {item}, which is not a component of {id}',
  'hint.target-item-not-part':
    'write part_of: "{id}" in item {item}: {id} reads its data, and it scores nothing itself.',
  'problem.part-of-unknown': 'part_of names item {parent}, which does not exist',
  'problem.part-of-unread': 'item {id} is a component of {parent}, but the target of {parent} does not refer to it',
  'hint.part-of-unread': 'add { item: "{id}" } inside an any or all in the target of {parent}, or remove part_of.',
  'problem.part-of-scored': 'item {id} is a component of {parent} and is not judged on its own: {what}',
  'hint.part-of-scored': 'give a component points: 0 and no veto; put points and veto on {parent}.',
  'problem.part-of-scope': 'component {id} has scope {scope}, but {parent} has {parentScope}',
  'hint.part-of-scope': '{parent} reads the data of {id} in every region it judges; give {id} scope: {parentScope}.',
  'problem.part-of-cycle': 'part_of goes round in a circle: {chain}',
  'hint.part-of-cycle': 'a component belongs to one item that is not its own component; remove one of the part_of.',
  'problem.target-between-order': 'range [{min}, {max}] has its minimum above its maximum',
  'problem.measure-range-order': 'measure.{key} has min {min} above max {max}',
  'hint.measure-range-order': 'Write the lower bound as min and the upper as max; leave out a side that has no bound.',
  'problem.measure-range-kind': 'an item measured as {kind} cannot have measure.{key}',
  'hint.measure-range-kind': 'range and typical are for numeric items only (rate, count, amount, index, rank, events).',
  'problem.points-total': "the items' points add up to {sum}, not scoring.total {total}",
  'hint.points-total': "change the items' points so that they add up to {total}.",
  'problem.grades-order': 'grades must be listed by min from high to low, the last with min 0',
  'problem.pass-above-total': 'pass mark {pass} is above the total {total}',
  'problem.target-unset': 'item {id} has no public target value; the profile must set one',
  'hint.target-unset': 'add to overrides in qcc.yaml: "{id}": { target: {example}, reason: our target }. {note}',
  'problem.profile-not-found': 'profile {file} not found',
  'hint.profile-not-found': 'run qcc init to write a qcc.yaml, or give its path with --profile.',
  'problem.profile-unknown-item': 'the profile names item {item}, which does not exist',
  'hint.profile-unknown-item': 'did you mean {suggestion}? Run qcc rules list to see every item id.',
  'hint.profile-unknown-item-list': 'run qcc rules list to see every item id.',
  'problem.profile-unknown-region': 'region {region} is neither in districts nor the city {city}',
  'hint.profile-unknown-region': 'did you mean {suggestion}?',
  'problem.profile-data-path': 'data: entry "{value}" cannot be used: {reason}',
  'hint.profile-data-path': `data: names the files, folders or globs of the submitted data (relative to the folder of \
qcc.yaml), e.g. 报送/, 报送/*.xlsx, 报送/**/*.csv; several as a list.`,
  'problem.profile-unknown-department': 'departments names {name}, which is not a department of the pack',
  'hint.profile-unknown-department': `did you mean {suggestion}? Left of the colon the pack's department name (or an \
old name), right of it your city's name.`,
  'hint.profile-unknown-department-list':
    "left of the colon write one of the pack's departments (or an old name): {names}.",
  'problem.profile-department-twice': 'departments names {name} and {other}, which are one department ({department})',
  'hint.profile-department-twice': 'write each department once; remove one of the two.',
  'problem.profile-department-clash': 'the local name {local} cannot be given to {name}: it already names {other}',
  'hint.profile-department-clash': `give each department its own name. Where one office does the work of two, rewrite \
牵头单位 in the gap list instead of merging them here.`,
  'problem.profile-unknown-phase': 'phases names {phase}, which is not a phase of the pack',
  'hint.profile-unknown-phase': 'did you mean {suggestion}?',
  'hint.profile-unknown-phase-list': 'the phases of the pack: {ids}.',
  'problem.profile-phase-order': 'phase {phase} starts in {from}, after it ends in {to}',
  'hint.profile-phase-order': 'write months as YYYY-MM, e.g. from: 2020-09, to: 2020-12.',
  'problem.profile-bad-date': 'date {value} is not valid',
  'hint.profile-bad-date': 'write dates as YYYY-MM-DD, e.g. 2020-12-31.',
  'problem.profile-no-city': 'the profile does not name the city',
  'hint.profile-no-city': "add a line city: 某某市 (your city's name).",
  'problem.profile-veto-exempted':
    'item {item} is a veto item; {how} switches the veto off: the verdict may pass even after a major incident',
  'hint.profile-veto-exempted':
    'national acceptance does not exempt veto items; remove this unless a higher authority has agreed in writing.',
  'problem.profile-component-exempted':
    'item {item} is a component of {parent} with no outcome of its own, so {how} does nothing',
  'hint.profile-component-exempted':
    'one route of {parent} is enough, so the unused route need not be marked; remove this. ' +
    'To exempt the whole item, write it for {parent}.',
  'problem.profile-pack-mismatch': 'the profile names pack {profilePack} but --pack says {pack}; --pack wins',
};
