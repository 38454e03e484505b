// Chinese texts of an item's measure, scope and basis confidence: keys item.*.
export const item = {
  'item.measure.rate': '比率',
  'item.measure.count': '数量',
  'item.measure.amount': '金额/总量',
  'item.measure.index': '指数',
  'item.measure.rank': '排名',
  'item.measure.grade': '等级',
  'item.measure.yes-no': '是否',
  'item.measure.events': '事件数',
  'item.scope.city': '市本级',
  'item.scope.district': '各县（市、区），分值由各县平分',
  'item.scope.all': '全市及各县（市、区），按全市数值计分，县级数值只统计达标情况',
  'item.confidence.confirmed': '已证实（国家文件）',
  'item.confidence.city-practice': '创建城市实践',
  'item.confidence.plan': '方案原文',
  'item.confidence.inferred': '推定（请按本市情况调整）',
} as const;
