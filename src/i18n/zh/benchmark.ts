// Chinese texts about benchmarks (基准值): their level, source and the years the pack gives; keys benchmark.*.
export const benchmark = {
  'benchmark.level.national': '全国值',
  'benchmark.level.provincial': '省级值（省下达本市的年度目标或省公布的数）',
  'benchmark.head': '“{title}”，{level}',
  'benchmark.value': '{year} 年 {value}',
  'benchmark.no-values': '规则包中没有数值，请在“基准值”表中填入',
  'benchmark.template-provincial': '省下达本市的年度目标（或省公布的数），请按省里的文件填入。{source}',
} as const;
