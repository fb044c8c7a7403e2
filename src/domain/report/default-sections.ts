// The outline a new evaluation starts from when nobody has written narrative yet:
// headings in the official order, with budget, profile, duties and key projects generated from data.
import type { Evaluation, NarrativeSection, SectionKind } from '../types.js';
import { outlineNumbering } from './numbering.js';

type Spec = [kind: SectionKind, title: string, children?: Spec[], paragraphs?: string[]];

const DEPARTMENT_WIDE: Spec[] = [
  [
    'profile',
    '部门基本情况',
    [
      ['profile', '机构、人员构成'],
      ['duties', '单位主要职责'],
    ],
  ],
  ['budget', '一般公共预算支出情况'],
  ['budget', '政府性基金预算支出情况'],
  ['budget', '国有资本经营预算支出情况'],
  ['budget', '社会保险基金预算支出情况'],
  ['performance', '部门整体支出绩效情况'],
  ['problems', '存在的问题及原因分析'],
  ['measures', '下一步改进措施'],
  ['publication', '部门整体支出绩效自评结果拟应用和公开情况'],
  ['other', '其他需要说明的情况', [], ['无']],
];

function toSections(specs: Spec[], parentKey: string | null, depth: number): NarrativeSection[] {
  return specs.flatMap(([kind, title, children = [], paragraphs = []], i) => {
    const key = parentKey === null ? String(i + 1) : `${parentKey}.${i + 1}`;
    const self: NarrativeSection = {
      key,
      parentKey,
      order: i + 1,
      kind,
      numbering: outlineNumbering(depth, i + 1),
      title,
      runIn: false,
      paragraphs,
      indicatorCode: null,
      figures: [],
    };
    return [self, ...toSections(children, key, depth + 1)];
  });
}

export function defaultSections(e: Evaluation): NarrativeSection[] {
  if (e.outline === 'hunanProvincial') {
    const projects: Spec[] = e.keyProjects.map((k) => ['keyProject', k.name] as Spec);
    const specs: Spec[] = [['other', '各项指标完成情况']];
    const out = toSections(specs, null, 1);
    if (projects.length > 0) {
      out.push({ ...toSections([['keyProject', '重点民生实事项目']], null, 1)[0]!, key: 'kp', order: 2, numbering: null });
      out.push(...toSections(projects, 'kp', 2));
    }
    return out;
  }
  return toSections(DEPARTMENT_WIDE, null, 1);
}
