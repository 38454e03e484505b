// Chinese texts of the data-entry template (填报模板): keys template.*.
export const template = {
  'template.sheet.guide': '填报说明',
  'template.sheet.data': '指标数据',
  'template.sheet.benchmarks': '基准值',
  'template.col.region': '地区',
  'template.col.item': '指标编号',
  'template.col.title': '指标名称',
  'template.col.year': '年度',
  'template.col.value': '数值',
  'template.col.unit': '单位',
  'template.col.reporter': '填报单位',
  'template.col.evidence': '佐证材料（标★须填）',
  'template.col.evidence-rule': '佐证要求',
  'template.evidence-rule': '★ 至少 {n} 份',
  'template.prompt.evidence-title': '佐证材料',
  'template.prompt.evidence': '至少 {n} 份：{kinds}。文件名之间用“、”隔开。',
  'template.prompt.evidence-any': '至少 {n} 份佐证材料。文件名之间用“、”隔开。',
  'template.col.note': '备注',
  'template.col.benchmark': '基准编号',
  'template.col.benchmark-title': '基准名称',
  'template.col.source': '来源',
  'template.prompt.title': '达标要求',
  'template.prompt.text': '{target}',
  'template.error.range': '数值应为 {range}，只填数字',
  'template.error.title': '数值不符合要求',
  'template.error.decimal': '请填写数字',
  'template.error.list': '请从下拉列表中选择：{choices}',
  'template.guide.title': '{city} 质量强市示范城市自查数据填报模板',
  'template.guide.pack': '规则包：{title}（{id} {version}）',
  'template.guide.years': '填报年度：{years}（趋势类考核项需要连续 {n} 年的数据）',
  'template.guide.regions': '地区：{regions}',
  'template.guide.step1':
    '在“指标数据”工作表中，只需填写“数值”“佐证材料”“备注”三列（白色单元格），其余各列已预先填好并锁定。',
  'template.guide.step2':
    '选中“数值”单元格时会显示该项的达标要求。比率填百分数的数字（如 98.5），是否类从下拉列表选“是”或“否”，等级类从下拉列表选择。',
  'template.guide.step3': '暂时没有数据的请留空，不要填“—”“/”“无”。',
  'template.guide.step4': `佐证材料写文件名，多个之间用“、”分隔（如 会议纪要.pdf、签到表.pdf）。“佐证要求”列标 ★ 的行须至少列出所示份数，否则即使数值达标，自查时该项也按不达标计；选中佐证材料单元\
格会提示需要哪些材料。填好后可用 qcc check --evidence-dir 佐证文件夹 核对文件是否都在。`,
  'template.guide.step5':
    '“基准值”工作表填写全国值和省下达本市的年度目标（“来源”列写明出处）。已有数值的是规则包中的值，可以改填；空着的年份规则包中没有数值，用到它的考核项须填上才能判定。',
  'template.guide.step6':
    '填好后运行 qcc validate 本文件 检查，再运行 qcc check 自查。工作表保护没有密码，如需修改锁定的列可撤销保护。',
  'template.city-placeholder': '本市',
  'template.cli.no-city':
    '自查配置中没有 city（城市名称），模板中的地区暂写作“{city}”。请在 qcc.yaml 中填写 city 和 districts 后重新生成模板。',
  'template.cli.needs-output': '请用 -o 指定输出文件，例如 qcc template -o 填报模板.xlsx',
  'template.cli.written': '已生成 {file}：{rows} 行待填报数据（{years} 年）。',
} as const;
