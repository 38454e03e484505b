// Chinese texts of small shared words: punctuation, yes and no, severities, units of a difference: keys word.*.
export const word = {
  'word.severity.error': '错误',
  'word.severity.warning': '警告',
  'word.unit.percentage-points': ' 个百分点',
  'word.unit.per-mille-points': ' 个千分点',
  'word.city': '市本级',
  'word.comma': '，',
  'word.list': '、',
  'word.semicolon': '；',
  'word.not-applicable': '列为不适用',
  'word.waiver': '豁免',
  'word.yes': '是',
  'word.no': '否',
  'word.none': '无',
} as const;
