// 中文 texts of the filler's year: 新建自评, the scored indicator table, add/remove in the editor, 提交/撤回/删除.
export const editorZh = {
  'budget.rounding': '尾差 {expected}（四舍五入，可接受）',
  'budget.add': '添加预算类型',
  'budget.remove': '移除',
  'budget.removeConfirm': '移除“{type}”及其全部数字？',
  'budget.none': '尚未填报预算执行情况：请添加预算类型。',
  'sec.remove': '删除段落',
  'sec.removeLabel': '删除 {title} 第{n}段',
  'sec.removeConfirm': '删除这一段？',
  'sec.removeLinks': '段中 {n} 个关联数字也将删除。',
} as const;

export type EditorKey = keyof typeof editorZh;
