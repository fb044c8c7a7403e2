import { describe, expect, it } from 'vitest';
import { noticeInEnglish } from './notices.js';

describe('notifications in English', () => {
  it('reads every workflow template back, names and reasons as typed', () => {
    expect(noticeInEnglish('武冈市妇联 提交了 2022 年度自评，等待审核（已提交）')).toBe('武冈市妇联 submitted the 2022 self-evaluation for review (submitted)');
    expect(noticeInEnglish('2022 年度自评被退回：预算表未填（已退回）')).toBe('The 2022 self-evaluation was returned: 预算表未填 (returned)');
    expect(noticeInEnglish('2022 年度自评已审核通过（已审核）')).toBe('The 2022 self-evaluation was approved (approved)');
    expect(noticeInEnglish('2022 年度自评有新的审核意见（预算执行 · 本年支出）：请核对')).toBe(
      'New review comment on the 2022 self-evaluation (预算执行 · 本年支出): 请核对',
    );
    expect(noticeInEnglish('2022 年度自评已公开（已公开）')).toBe('The 2022 self-evaluation was published (published)');
    expect(noticeInEnglish('武冈市妇联 撤回了 2022 年度自评（草稿）')).toBe('武冈市妇联 withdrew the 2022 self-evaluation (draft)');
  });

  it('reads the 抽查复核 notices: the filler’s and the approving reviewer’s', () => {
    expect(noticeInEnglish('2022 年度自评经财政抽查复核通过（已审核）')).toBe('The 2022 self-evaluation passed the finance spot check (approved)');
    expect(noticeInEnglish('2022 年度自评经财政抽查复核退回：明细不符（已退回）')).toBe(
      'The 2022 self-evaluation was returned by the finance spot check: 明细不符 (returned)',
    );
    expect(noticeInEnglish('武冈市妇联 2022 年度自评经财政抽查复核退回：明细不符；修改后将重新提交审核（已退回）')).toBe(
      "武冈市妇联's 2022 self-evaluation, which you approved, was returned by the finance spot check: 明细不符; it will be submitted for review again (returned)",
    );
  });

  it('reads the plan and monitoring templates', () => {
    expect(noticeInEnglish('武冈市妇联 提交了2023 年度绩效目标（部门整体），等待审核')).toBe(
      '武冈市妇联 submitted the 2023 performance targets (部门整体) for review',
    );
    expect(noticeInEnglish('2023 年度绩效目标第2批调整被退回：理由')).toBe('Batch 2 of 2023 target adjustments was returned: 理由');
    expect(noticeInEnglish('2023 年度绩效目标（两癌）已批准')).toBe('The 2023 performance targets (两癌) were approved');
    expect(noticeInEnglish('邵阳市妇联 发起了2023年1-7月运行监控，请于 2023-08-10 前填报')).toBe(
      '邵阳市妇联 started 1-7月运行监控 2023; please report by 2023-08-10',
    );
    expect(noticeInEnglish('武冈市妇联 7月监控有 3 项红色预警')).toBe('武冈市妇联 7月监控: 3 red warnings');
    expect(noticeInEnglish('新的整改事项：资金拨付慢')).toBe('New rectification item: 资金拨付慢');
  });

  it('reads the deadline reminders (services/reminders.ts)', () => {
    expect(noticeInEnglish('2022年度绩效自评（县级）距截止还有 3 天（2023-03-31），尚未提交，请及时填报')).toBe(
      'The 2022 self-evaluation (county level) is due in 3 days (2023-03-31) and not yet submitted: please report',
    );
    expect(noticeInEnglish('2022年度绩效自评明天截止（2023-03-31），尚未提交，请及时填报')).toBe(
      'The 2022 self-evaluation is due tomorrow (2023-03-31) and not yet submitted: please report',
    );
    expect(noticeInEnglish('2022年截至6月30日运行监控今天截止（2022-07-15），尚未提交，请及时填报')).toBe(
      '截至6月30日运行监控 2022 is due today (2022-07-15) and not yet submitted: please report',
    );
  });

  it('leaves a sentence no template knows in Chinese', () => {
    expect(noticeInEnglish('系统维护通知')).toBe('系统维护通知');
  });
});
