// Chinese texts of the pack's phases (创建阶段) and their months: keys phase.*.
export const phase = {
  'phase.month': '{year}年{month}月',
  'phase.span-in-year': '{year}年{from}月—{to}月',
  'phase.span': '{from}—{to}',
  'phase.month-relative': '考核年度前{years}年{month}月',
  'phase.month-relative-same': '考核年度{month}月',
  'phase.span-relative-in-year': '考核年度前{years}年{from}月—{to}月',
  'phase.span-relative-same-in-year': '考核年度{from}月—{to}月',
  'phase.line': '{title} {span}',
} as const;
