import { describe, expect, it } from 'vitest';
import { submitBlock, type SubmitRow } from './workflow.js';

const levels = ['达到', '基本达到', '未达到'];
const row = (r: Partial<SubmitRow> & { name: string }): SubmitRow => ({ levels: null, target: null, actualToDate: null, actualLevel: null, ...r });

describe('submitBlock', () => {
  it('refuses a 定性 row with neither a level nor an answer, naming it', () => {
    const b = submitBlock([
      row({ name: '培训覆盖人数', target: '300', actualToDate: '120' }),
      row({ name: '权益保障水平', levels }),
      row({ name: '群众满意度', levels: ['优', '良', '中', '差'], actualLevel: ' ' }),
    ]);
    expect(b).toEqual({
      message: '还有 2 项定性指标未选择完成等级：权益保障水平、群众满意度，不能提交',
      missing: [],
      unchosen: ['权益保障水平', '群众满意度'],
    });
  });

  it('names number rows without a figure and 定性 rows without a level together', () => {
    const b = submitBlock([row({ name: '培训覆盖人数', target: '300' }), row({ name: '无安全事故', levels: ['无', '有'] })]);
    expect(b?.message).toBe('还有 1 项指标未填截至目前完成值：培训覆盖人数；还有 1 项定性指标未选择完成等级：无安全事故，不能提交');
  });

  it('lets a report through when every 定性 row has its level and every number row its figure', () => {
    expect(
      submitBlock([
        row({ name: '培训覆盖人数', target: '300', actualToDate: '0' }),
        row({ name: '权益保障水平', levels, actualLevel: '基本达到' }),
        row({ name: '无安全事故', levels: ['无', '有'], actualLevel: '有' }),
        row({ name: '说明性指标', target: null }), // no target, no scale: nothing to answer
      ]),
    ).toBeNull();
  });
});
