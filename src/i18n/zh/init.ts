// Chinese texts of `qcc init`: keys init.*.
export const init = {
  'init.cli.written': '已生成 {files}。接下来：',
  'init.cli.next': `  1. 编辑 qcc.yaml（城市、县（市、区）、考核年度），然后运行 qcc template -o 填报模板.xlsx --force 重新生成模板；
  2. 把模板发给各部门和各县（市、区）填写，收回的文件另存到 {folder} 文件夹（每个单位一个文件，如 {folder}填报-某某县.xlsx）；
  3. 运行 qcc validate {folder} 检查报送的文件，再运行 qcc check 自查。`,
  'init.cli.folder-created': '文件夹 {folder}',
  'init.cli.folder-kept': '已有的文件夹 {folder} 保持不变。',
  'init.yaml': `# qcc 自查配置（质量强市示范城市验收自查）。编辑后运行 qcc rules lint --profile qcc.yaml 检查。

# 规则包：内置编号 quality-city，或规则包文件夹路径
pack: {pack}

# 城市名称和所辖县（市、区），与数据文件中“地区”一列的写法一致
city: {city}
districts:{districts}

# 考核年度
year: {year}

# 报送数据放在哪里（相对于本文件所在的文件夹）：各单位填好的填报模板另存到这个文件夹，
# qcc check、qcc gaps、qcc explain 不写文件时读取这里。可写文件夹、文件或通配符，多个写成列表，
# 如 [报送/, 补报/*.xlsx]；文件夹连同子文件夹一起读取（跳过隐藏文件和 ~$ 临时文件）
data: {data}

# 调整达标要求（须写明依据）
# overrides:
#   "5.1.2":
#     target: { op: ">=", value: 96 }
#     reason: 本市实施方案附件1 量化指标

# 不适用的考核项（须写明原因）
# not_applicable:
#   "5.2.1": 本市无进口商品法定检验业务

# 经批准的豁免（到期后自动失效，按正常考核）
# waivers:
#   - item: "8.1.2"
#     region: {city}
#     reason: 受区域性沙尘天气影响，经省生态环境厅认可暂缓考核
#     approver: 市质量强市工作领导小组办公室
#     expires: {year}-12-31

# 整改清单中默认的完成时限（不写则为考核年度的 12 月 31 日）
# deadline: {year}-12-31

# 本市部门的名称（冒号左边是规则包中的部门或其旧名，右边是本市的叫法）：报告、整改清单、填报模板都用本市名称。
# 各考核项的牵头单位是规则包推断的默认分工，运行 qcc rules show 考核项编号 可查看。
# departments:
#   属地海关: 某某海关
#   市银保监分局: 某某金融监管分局

# 创建阶段的起止月份（年-月）。不写则按考核年度推算：整改提升阶段为 9—12 月，动员部署阶段为两年前的 5 月
# phases:
#   rectify: { from: {year}-09, to: {year}-12 }
`,
  'init.city-placeholder': '某某市',
  'init.districts-placeholder': '某某区、某某县',
} as const;
