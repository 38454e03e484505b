// Chinese texts of an outcome's status, one word for every format: keys status.*.
export const status = {
  'status.pass': '达标',
  'status.fail': '不达标',
  'status.missing': '缺数据',
  'status.invalid': '数据无效',
  'status.not-applicable': '不适用',
  'status.waived': '豁免',
} as const;
