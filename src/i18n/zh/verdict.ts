// Chinese texts of the overall verdict: keys verdict.*.
export const verdict = {
  'verdict.pass': '达标',
  'verdict.fail': '不达标',
  'verdict.undetermined': '待定',
} as const;
