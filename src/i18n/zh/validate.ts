// Chinese texts of `qcc validate`: keys validate.*.
export const validate = {
  'validate.summary': '{files} 个文件，{records} 条数据，{errors} 个错误，{warnings} 个警告',
  'validate.clean': '没有发现问题。',
  'validate.col.location': '位置',
  'validate.col.severity': '级别',
  'validate.col.message': '问题',
  'validate.col.code': '代码',
  'validate.junit.suite': 'qcc 数据检查',
  'validate.junit.ok': '没有问题',
} as const;
