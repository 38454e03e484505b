// Chinese texts of `qcc validate`: keys validate.*.
export const validate = {
  'validate.summary': '{files} 个文件，{records} 条数据，{errors} 个错误，{warnings} 个警告',
  'validate.clean': '没有发现问题。',
  'validate.step-summary.title': 'qcc 数据检查',
  'validate.junit.suite': 'qcc 数据检查',
} as const;
