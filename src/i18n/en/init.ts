// English texts of `qcc init`: keys init.*.
import type { init as zh } from '../zh/init.js';

export const init: Record<keyof typeof zh, string> = {
  'init.cli.written': 'Wrote {files}. Next:',
  'init.cli.next': `  1. Edit qcc.yaml (city, districts, year), then run qcc template -o 填报模板.xlsx --force \
to make the template again;
  2. send the template to the departments and counties; save each file that comes back into the folder {folder} \
(one file per reporter, e.g. {folder}填报-某某县.xlsx);
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
# list, e.g. [报送/, 补报/*.xlsx]; a folder gives its files and its sub-folders' (not hidden or ~$ lock files)
data: {data}

# targets changed for this city (say why)
# overrides:
#   "5.1.2":
#     target: { op: ">=", value: 96 }
#     reason: local plan, annex 1

# items that do not apply (say why)
# not_applicable:
#   "5.2.1": the city has no statutory import inspection

# approved waivers (after expiry the item is evaluated normally)
# waivers:
#   - item: "8.1.2"
#     region: {city}
#     reason: regional dust storms; deferral accepted by the provincial environment department
#     approver: city quality office
#     expires: {year}-12-31

# default deadline in the gap list (else 31 December of the evaluation year)
# deadline: {year}-12-31

# local names of the pack's departments (left: the pack's name or an old name; right: your city's name); reports,
# gap lists and templates use them. Each item's lead is the pack's inferred default: see qcc rules show ITEM.
# departments:
#   属地海关: 某某海关
#   市银保监分局: 某某金融监管分局

# months of the creation phases (year-month); else counted from the evaluation year: 整改提升阶段 is months 9-12
# of it, 动员部署阶段 May two years before
# phases:
#   rectify: { from: {year}-09, to: {year}-12 }
`,
  'init.city-placeholder': 'SomeCity',
  'init.districts-placeholder': 'DistrictA, CountyB',
};
