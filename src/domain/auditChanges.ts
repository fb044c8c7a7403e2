// An audit entry's before/after as a list of labelled changes (状态 已提交 → 已退回), for every
// entry that is not a whole evaluation's content (those go through diffEvaluations).
import type { Change } from './diff.js';
import { STATUS_LABELS } from './workflow.js';

const LABELS: Record<string, string> = {
  status: '状态',
  reason: '原因',
  dueDate: '截止日期',
  displayName: '姓名',
  username: '用户名',
  disabled: '已停用',
  grants: '权限',
  role: '角色',
  unitId: '单位',
  frozen: '已冻结',
  key: '检查项',
  note: '说明',
  comment: '审核意见编号',
  anchorLabel: '位置',
  text: '内容',
  requireChildrenApproved: '下级全部审核通过后才能审核',
  year: '年度',
  framework: '指标体系',
  projectCode: '项目代码',
  version: '版本',
  id: '编号',
  batchId: '调整批次',
  changes: '调整内容',
  indicators: '指标',
  budget: '预算',
  executed: '执行数',
  answer: '答复',
  evidence: '佐证',
  fix: '整改要求',
  title: '标题',
  name: '名称',
  parentId: '上级单位',
  fromYear: '起始年度',
  mustChangePassword: '须修改密码',
};

/** Statuses of things other than an evaluation: review comments, rectifications, monitoring reports. */
const OTHER_STATUS: Record<string, string> = { open: '待解决', resolved: '已解决', closed: '已关闭', answered: '已答复' };

const ROLE_VALUES: Record<string, string> = { filler: '填报人', reviewer: '审核人', admin: '管理员', finance: '财政' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function shown(key: string, v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (key === 'status' && typeof v === 'string') return STATUS_LABELS[v as keyof typeof STATUS_LABELS] ?? OTHER_STATUS[v] ?? v;
  if (key === 'role' && typeof v === 'string') return ROLE_VALUES[v] ?? v;
  if (Array.isArray(v))
    return (
      v
        .map((x) =>
          isObject(x)
            ? Object.entries(x)
                .map(([k, y]) => `${LABELS[k] ?? k} ${shown(k, y) ?? '—'}`)
                .join('，')
            : (shown(key, x) ?? '—'),
        )
        .join('；') || '（无）'
    );
  if (isObject(v))
    return Object.entries(v)
      .map(([k, y]) => `${LABELS[k] ?? k} ${shown(k, y) ?? '—'}`)
      .join('，');
  return String(v);
}

/** Leaf changes of two plain records, each named in Chinese; nested records by their dotted path. */
export function labelledChanges(before: unknown, after: unknown): Change[] {
  const out: Change[] = [];
  const walk = (x: unknown, y: unknown, path: string[]) => {
    if (isObject(x) || isObject(y)) {
      const a = isObject(x) ? x : {};
      const b = isObject(y) ? y : {};
      // a whole record appearing or disappearing is still listed field by field
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[k], b[k], [...path, k]);
      return;
    }
    const key = path.at(-1) ?? '';
    const from = shown(key, x);
    const to = shown(key, y);
    if (from === to) return;
    out.push({ path: path.join('.') || 'value', label: path.map((p) => LABELS[p] ?? p).join(' · ') || '值', before: from, after: to });
  };
  walk(before, after, []);
  return out;
}
