// Chinese texts of rule packs and profiles: schema words and data settings: keys pack.*.
export const pack = {
  'pack.schema.top-level': '文件顶层',
  'pack.schema.type.string': '文字',
  'pack.schema.type.number': '数字',
  'pack.schema.type.integer': '整数',
  'pack.schema.type.boolean': 'true 或 false',
  'pack.schema.type.object': '键值对（映射）',
  'pack.schema.type.array': '列表',
  'pack.schema.type.or': '或',
  'pack.profile.data.blank': '只有空格',
  'pack.profile.data.unsupported': '不支持 {part} 这种写法，请分成几项写成列表',
} as const;
