// 决算 tables flattened without their 科目编码: 类 rows (一般公共服务支出, 教育支出 …) each followed by their 款
// and 项 rows. The 类 names of the government expenditure function classification are a fixed national list,
// so the 类 rows are known by name even where codes and indentation were lost: the 合计 (first or last
// row of the block) is the sum of the 类 rows. Read only when the block opens with a 类 row and holds
// rows below the 类 level (a flat list of 类 is totalsLast's); 其他支出 is a 类 and a 项 name, so a block
// holding it is not read.
import type { DocTable } from '../checks/document.js';
import { codeOf, columnSums, isNum, labelOf, TOTAL } from './tables.js';
import type { Relation } from './types.js';

const CLASSES = new Set([
  '一般公共服务支出',
  '外交支出',
  '国防支出',
  '公共安全支出',
  '教育支出',
  '科学技术支出',
  '文化旅游体育与传媒支出',
  '文化体育与传媒支出',
  '社会保障和就业支出',
  '社会保险基金支出',
  '卫生健康支出',
  '医疗卫生与计划生育支出',
  '节能环保支出',
  '城乡社区支出',
  '农林水支出',
  '交通运输支出',
  '资源勘探工业信息等支出',
  '资源勘探信息等支出',
  '商业服务业等支出',
  '金融支出',
  '援助其他地区支出',
  '自然资源海洋气象等支出',
  '国土海洋气象等支出',
  '住房保障支出',
  '粮油物资储备支出',
  '国有资本经营预算支出',
  '灾害防治及应急管理支出',
  '预备费',
  '转移性支出',
  '债务还本支出',
  '债务付息支出',
  '债务发行费用支出',
]);
const AMBIGUOUS = /^其他支出$/;

const name = (r: string[]) => labelOf(r).replace(/\s/g, '');

export function classRows(t: DocTable, out: Relation[]): void {
  if (t.rows.length > 2000) return;
  let from = 0;
  for (let i = 0; i <= t.rows.length; i++) {
    const r = t.rows[i];
    if (r && r.some(isNum)) continue;
    // a block of data rows [from, i)
    const block = t.rows.slice(from, i).map((row, k) => ({ row, k: from + k }));
    from = i + 1;
    if (block.length < 4) continue;
    const first = TOTAL.test(name(block[0]!.row)) ? block[0]! : null;
    const last = TOTAL.test(name(block[block.length - 1]!.row)) ? block[block.length - 1]! : null;
    const total = first ?? last;
    if (!total || (first && last)) continue;
    const rows = block.filter((x) => x !== total);
    if (!CLASSES.has(name(rows[0]!.row)) || rows.some((x) => AMBIGUOUS.test(name(x.row)) || codeOf(x.row) || TOTAL.test(name(x.row)))) continue;
    const classes = rows.filter((x) => CLASSES.has(name(x.row)));
    if (classes.length < 2 || classes.length === rows.length) continue;
    columnSums(
      t,
      total.k,
      classes.map((x) => x.row),
      out,
      {
        label: labelOf,
        min: 2,
        all: true,
        noScores: true,
        reason: () => '合计 = 各类级科目之和（按科目名称）',
        reasonEn: 'the total is the sum of the 类 rows (known by name)',
      },
    );
  }
}
