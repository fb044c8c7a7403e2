// 填报说明: what each tab asks for, in short (our own summary of the rules for 部门整体支出 and
// 项目支出 self-evaluation), folded away once read; the choice is remembered per browser.
import { Collapse, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/index.js';
import type { TabKey } from './tabs.js';
import { useRt } from './useRt.js';

const ZH: Record<TabKey, string[]> = {
  profile: [
    '填写本单位本年度的机构和人员：编制数、实有在职人数、退休人数、内设机构，以及按序号列出的主要职责。',
    '报告日期为报告落款日期；人数与正文中出现的人数应一致，检查会对照。',
  ],
  budget: [
    '按一般公共预算、政府性基金预算、国有资本经营预算、社会保险基金预算分别填报，每类分基本支出和项目支出，金额单位为万元。',
    '每一行须满足：年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余；基本支出与项目支出之和等于合计。某类预算没有收支时勾选“无…支出”，不要留空。',
    '预算资金表填年初预算数、全年（调整后）预算数和全年执行数，执行率 = 执行数 ÷ 调整后预算数；“三公”经费填预算数和实际支出数。',
  ],
  indicators: [
    '逐项填写年度指标值和实际完成值，得分按指标体系的规则自动计算；定性指标选择达成、部分达成或未达成。',
    '实际完成值未达到年度指标值（≥、≤、= 或区间）、定性评定低于目标等级、是否类与目标不符的指标，须填写偏差原因分析及改进措施；评定达到目标等级即为完成。不适用的指标可标为不适用，其余按比例折算。',
  ],
  keyProjects: [
    '重点项目（如重点民生实事）填写任务数和完成数，完成比例由系统计算；资金按中央、省级、市县等来源分别填写（万元）。',
    '正文中引用的任务数、完成数、资金应与此处一致。',
  ],
  performance: [
    '分节叙述全年绩效：做了哪些工作、取得了什么产出和效益，尽量用数字说明（人数、场次、金额、比例）。',
    '正文中的数字可以关联到表格数据，检查会核对两者是否一致、合计与比例是否算得对。',
  ],
  problems: ['实事求是写明预算执行和绩效管理中存在的问题及原因，不能只写成绩。', '下一步改进措施要与问题逐条对应，写明具体做法。'],
  publication: [
    '写明自评结果准备如何应用（如调整下年预算、改进管理）以及如何公开：公开的渠道、时间或网址。自评结果按规定应当公开。',
    '其他需要说明的情况写在最后一节；没有可写“无”。',
  ],
};

const EN: Record<TabKey, string[]> = {
  profile: [
    'Enter the unit’s posts, staff in post, retired staff, internal departments and its numbered main duties for the year.',
    'The report date is the date the report is signed; head counts must match those in the narrative.',
  ],
  budget: [
    'Fill in each budget type (general, government fund, state capital, social insurance), split into basic and project expenditure, in 万元.',
    'Each row must hold: opening + income − expenditure = closing; basic + project = total. Tick “no … expenditure” for a type without activity instead of leaving it empty.',
    'Budget lines: initial, adjusted and executed amounts (execution rate = executed ÷ adjusted); “three public” costs: budget and actual.',
  ],
  indicators: [
    'Enter each indicator’s target and actual value; scores follow the framework’s rules. Qualitative indicators take achieved / partly / not achieved.',
    'A missed target (an actual short of a ≥ / ≤ / = or range target, a level below the target level, a yes/no answer other than the target) requires a deviation reason and the measures taken; a target level reached is met even when that level scores below the weight. Indicators that do not apply may be marked so; the rest are rescaled.',
  ],
  keyProjects: [
    'Enter each key project’s target and result (the rate is computed) and its money by source (central, provincial, city/county) in 万元.',
    'Figures quoted in the narrative must match these.',
  ],
  performance: [
    'Describe the year’s results section by section, with figures (people, events, amounts, rates).',
    'Figures in the text can be linked to the data; the checker compares them and recomputes sums and rates.',
  ],
  problems: [
    'State the real problems of budget execution and performance management and their causes.',
    'Each improvement measure should answer a problem, concretely.',
  ],
  publication: [
    'Say how the results will be used (next year’s budget, management) and how they are published: channel, date or address. Publication is required.',
    'Anything else goes in the last section; write “无” if there is nothing.',
  ],
};

const KEY = 'jixiao.guide.folded';

export function Guidance({ tab }: { tab: TabKey }) {
  const rt = useRt();
  const { lang } = useI18n();
  const [open, setOpen] = useState(() => typeof localStorage === 'undefined' || localStorage.getItem(KEY) !== '1');
  const lines = (lang === 'en' ? EN : ZH)[tab];
  return (
    <Collapse
      size="small"
      style={{ marginBottom: 12 }}
      activeKey={open ? ['g'] : []}
      onChange={(keys) => {
        const next = (Array.isArray(keys) ? keys : [keys]).includes('g');
        setOpen(next);
        localStorage.setItem(KEY, next ? '0' : '1');
      }}
      items={[
        {
          key: 'g',
          label: rt('guide.title'),
          children: (
            <div data-guidance={tab}>
              {lines.map((l, i) => (
                <Typography.Paragraph key={i} style={{ marginBottom: i === lines.length - 1 ? 0 : 6 }}>
                  {l}
                </Typography.Paragraph>
              ))}
            </div>
          ),
        },
      ]}
    />
  );
}
