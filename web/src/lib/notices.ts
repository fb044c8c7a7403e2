// Notifications are stored as Chinese sentences from a handful of templates (services/workflow.ts,
// targets.ts, monitoring.ts). The English UI reads them back through the same templates; names,
// reasons and titles people typed stay as written; a sentence no template knows stays Chinese.
const STATUS: Record<string, string> = { 草稿: 'draft', 已提交: 'submitted', 已退回: 'returned', 已审核: 'approved', 已公开: 'published' };

/** What a plan notice is about: targets, their adjustments, or a monitoring round. */
function planWhat(what: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}) 年度绩效目标（(.+)）$/.exec(what))) return `the ${m[1]} performance targets (${m[2]})`;
  if ((m = /^(\d{4}) 年度绩效目标调整（(.+)）$/.exec(what))) return `the ${m[1]} adjustment of performance targets (${m[2]})`;
  if ((m = /^(\d{4}) 年度绩效目标第(\d+)批调整$/.exec(what))) return `batch ${m[2]} of ${m[1]} target adjustments`;
  if ((m = /^(\d{4})年(.+)$/.exec(what))) return `${m[2]} ${m[1]}`;
  return what;
}

const LEVEL: Record<string, string> = { 省级: 'province', 市级: 'prefecture', 县级: 'county', 乡镇级: 'township', 村级: 'village' };

/** What a deadline reminder is about (services/reminders.ts): a year's 自评 (of a level) or a monitoring round. */
function reminderWhat(what: string): string {
  const m = /^(\d{4})年度绩效自评(?:（(.+)）)?$/.exec(what);
  if (m) return `The ${m[1]} self-evaluation${m[2] ? ` (${LEVEL[m[2]] ?? m[2]} level)` : ''}`;
  return cap(planWhat(what));
}

const RULES: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^(.+?)(今天截止|明天截止|距截止还有 (\d+) 天)（(\S+)），尚未提交，请及时填报$/,
    (m) =>
      `${reminderWhat(m[1]!)} is due ${m[2] === '今天截止' ? 'today' : m[2] === '明天截止' ? 'tomorrow' : `in ${m[3]} days`} (${m[4]}) and not yet submitted: please report`,
  ],
  [/^(.+) 提交了 (\d{4}) 年度自评，等待审核$/, (m) => `${m[1]} submitted the ${m[2]} self-evaluation for review`],
  [/^(.+) 撤回了 (\d{4}) 年度自评$/, (m) => `${m[1]} withdrew the ${m[2]} self-evaluation`],
  [/^(\d{4}) 年度自评被退回：(.*)$/s, (m) => `The ${m[1]} self-evaluation was returned: ${m[2]}`],
  [/^(\d{4}) 年度自评已审核通过$/, (m) => `The ${m[1]} self-evaluation was approved`],
  [/^(\d{4}) 年度自评已重新打开：(.*)$/s, (m) => `The ${m[1]} self-evaluation was reopened: ${m[2]}`],
  [/^(\d{4}) 年度自评已公开$/, (m) => `The ${m[1]} self-evaluation was published`],
  [/^(\d{4}) 年度自评经财政抽查复核通过$/, (m) => `The ${m[1]} self-evaluation passed the finance spot check`],
  [/^(\d{4}) 年度自评经财政抽查复核退回：(.*)$/s, (m) => `The ${m[1]} self-evaluation was returned by the finance spot check: ${m[2]}`],
  [
    /^(.+) (\d{4}) 年度自评经财政抽查复核退回：(.*)；修改后将重新提交审核$/s,
    (m) => `${m[1]}'s ${m[2]} self-evaluation, which you approved, was returned by the finance spot check: ${m[3]}; it will be submitted for review again`,
  ],
  [/^(\d{4}) 年度自评有新的审核意见（(.+?)）：(.*)$/s, (m) => `New review comment on the ${m[1]} self-evaluation (${m[2]}): ${m[3]}`],
  [/^(.+) 发起了(\d{4})年(.+)，请于 (\S+) 前填报$/, (m) => `${m[1]} started ${m[3]} ${m[2]}; please report by ${m[4]}`],
  [/^(.+) (.+)有 (\d+) 项红色预警$/, (m) => `${m[1]} ${m[2]}: ${m[3]} red warning${m[3] === '1' ? '' : 's'}`],
  [/^新的整改事项：(.*)$/s, (m) => `New rectification item: ${m[1]}`],
  [/^(.+) 提交了(.+)，等待审核$/, (m) => `${m[1]} submitted ${planWhat(m[2]!)} for review`],
  [/^(.+)被退回：(.*)$/s, (m) => `${cap(planWhat(m[1]!))} ${be(planWhat(m[1]!))} returned: ${m[2]}`],
  [/^(.+)已批准$/, (m) => `${cap(planWhat(m[1]!))} ${be(planWhat(m[1]!))} approved`],
];

const be = (what: string) => (/^the \d{4} performance targets /.test(what) ? 'were' : 'was');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function noticeInEnglish(message: string): string {
  // workflow notices end with the new status in full-width brackets
  const tail = /（(草稿|已提交|已退回|已审核|已公开)）$/.exec(message);
  const body = tail ? message.slice(0, tail.index) : message;
  for (const [re, render] of RULES) {
    const m = re.exec(body);
    if (m) return render(m) + (tail ? ` (${STATUS[tail[1]!]})` : '');
  }
  return message;
}
