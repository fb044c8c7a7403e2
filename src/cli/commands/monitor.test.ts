import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readMonitoringSheet } from '../../domain/monitoring/index.js';
import { writeMonitoringSheet } from '../../documents/xlsx/monitoringSheet.js';
import { readMonitoringWorkbook } from '../../documents/xlsx/readMonitoringSheet.js';
import { runCli as cli } from '../../../test/helpers/cli.js';

const fixture = join(import.meta.dirname, '../../../test/fixtures/monitoring/example.json');
const example = () => JSON.parse(readFileSync(fixture, 'utf8')) as Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), 'jixiao-monitor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content));
  return p;
}

describe('jixiao monitor --json', () => {
  it('prints the issue’s shape with decimal strings or null', async () => {
    const r = await cli(['monitor', fixture, '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['timeProgress', 'budget', 'overall', 'indicators']);
    expect(j.timeProgress).toBe('49.59');
    expect(j.budget[0]).toEqual({ label: '本年财政拨款', executionRate: '33.20', gap: '-16.39', warning: 'yellow' });
    expect(j.budget[2]).toEqual({ label: '其他资金', executionRate: null, gap: null, warning: null });
    expect(j.overall).toEqual({ budget: '128.70', executed: '46.15', executionRate: '35.86', gap: '-13.73', warning: 'yellow' });
    expect(Object.keys(j.overall)).toEqual(['budget', 'executed', 'executionRate', 'gap', 'warning']);
    expect(j.indicators[0]).toEqual({ code: '2.1.1', progress: '29.17', gap: '-20.42', warning: 'red', forecast: '14.12', likelihood: '完全不可能' });
    expect(Object.keys(j.indicators[0])).toEqual(['code', 'progress', 'gap', 'warning', 'forecast', 'likelihood']);
    expect(j.indicators[3]).toEqual({ code: '2.4.1', progress: '70.00', gap: '20.41', warning: 'red', forecast: '42.35', likelihood: '完全不可能' });
    expect(j.indicators[4]).toEqual({ code: '3.1.1', progress: null, gap: null, warning: null, forecast: null, likelihood: null });
    expect(j.indicators[5]).toEqual({ code: '3.2.1', progress: '95.56', gap: null, warning: 'yellow', forecast: '86.00', likelihood: '有可能' });
  });

  it('prints a Chinese summary without --json', async () => {
    const r = await cli(['monitor', fixture]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('运行监控 截至 2022-06-30  序时进度 49.59%');
    expect(r.out).toContain('本年财政拨款  执行率 33.20%  偏差 -16.39 个百分点  【黄色预警】');
    expect(r.out).toContain('2.1.1 宣传活动场次  完成进度 29.17%  偏差 -20.42 个百分点  全年预计 14.12  完成目标可能性 完全不可能  【红色预警】');
    expect(r.out).toContain('3.1.1 社会效益  不计算进度');
    expect(r.out).toContain('红色 2 项，黄色 2 项');
  });

  const invalid: [string, (x: Record<string, unknown>) => void, RegExp][] = [
    ['as-of outside the year', (x) => (x.asOf = '2021-12-31'), /不在 2022 年内/],
    ['a negative amount', (x) => ((x.budget as Record<string, unknown>[])[0]!.executed = '-5'), /不能为负数/],
    ['a non-number', (x) => ((x.indicators as Record<string, unknown>[])[1]!.actualToDate = '五百二十'), /2\.1\.2 培训人数 截至目前完成值: 不是数字/],
    ['a missing field', (x) => delete (x.indicators as Record<string, unknown>[])[0]!.target, /目标值: 缺少/],
    ['a missing year', (x) => delete x.year, /year/],
  ];
  for (const [what, mutate, message] of invalid) {
    it(`${what}: one line on stderr, exit 2, nothing on stdout`, async () => {
      const x = example();
      mutate(x);
      for (const args of [
        ['monitor', file('bad.json', x), '--json'],
        ['monitor', file('bad2.json', x)],
      ]) {
        const r = await cli(args);
        expect(r.code).toBe(2);
        expect(r.out).toBe('');
        expect(r.err).toMatch(message);
        expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      }
    });
  }

  it('broken files: invalid JSON, not an xlsx, wrong extension, missing file', async () => {
    for (const p of [file('broken.json', '{"year": 2022,'), file('broken.xlsx', 'not a zip'), file('sheet.csv', 'a,b'), join(dir, 'none.json')]) {
      const r = await cli(['monitor', p, '--json']);
      expect(r.code, p).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trimEnd().split('\n'), r.err).toHaveLength(1);
    }
  });
});

describe('运行监控表 .xlsx', () => {
  it('reads back equal (inputs and answers) and `jixiao monitor` prints the same from both', async () => {
    const sheet = readMonitoringSheet({ ...example(), thresholds: { yellow: '7.5', red: '15' } });
    sheet.budget.push({ label: '专项资金', budget: '0.123456789012345678', executed: '0.1' }); // more digits than a double holds
    sheet.indicators.push({ code: '1.10', name: '编号像数字', operator: '>=', target: '5', actualToDate: '1', progress: 'cumulative' });
    const answers = {
      '2.1.1': {
        forecastDeclared: '20',
        likelihoodDeclared: '有可能',
        likelihoodReason: '下半年集中开展',
        deviationCategory: '人员保障',
        deviationReason: '人员调整',
        correctiveMeasures: '增派人员',
      },
    };
    const bytes = await writeMonitoringSheet(sheet, { unitName: '示例县妇联', roundName: '6月30日监控', answers });
    const back = await readMonitoringWorkbook(bytes);
    expect(readMonitoringSheet(back.sheet)).toEqual(sheet);
    expect(back.unitName).toBe('示例县妇联');
    expect(back.answers).toEqual(answers);

    const json = file('same.json', sheet);
    const xlsx = file('same.xlsx', bytes);
    const a = await cli(['monitor', json, '--json']);
    const b = await cli(['monitor', xlsx, '--json']);
    expect(a.code).toBe(0);
    expect(b.out).toBe(a.out);
  });

  it('colours warnings and shows the computed figures', async () => {
    const bytes = await writeMonitoringSheet(readMonitoringSheet(example()));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('运行监控表')!;
    const cells: string[] = [];
    ws.eachRow((row) =>
      cells.push(
        row.values
          ? (row.values as unknown[])
              .slice(1)
              .map((v) => (v === null || v === undefined ? '' : String(v)))
              .join('|')
          : '',
      ),
    );
    const red = cells.find((c) => c.startsWith('2.1.1|'))!;
    expect(red).toContain('29.17|-20.42|红色预警|14.12|完全不可能');
    let filled = '';
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === '红色预警') filled = (cell.fill as { fgColor?: { argb?: string } })?.fgColor?.argb ?? '';
      }),
    );
    expect(filled).toBe('FFFF9C9C');
    // the headers say what each column holds: a level's 已达/未达 under 完成情况, the likelihood's override reason
    const head = cells.find((c) => c.startsWith('指标编号|'))!.split('|');
    expect(head[7]).toBe('偏差（百分点）/ 完成情况');
    expect(head[13]).toBe('改判理由（可能性与测算不同时）');
    expect(head).not.toContain('调整理由');
    expect(cells.find((c) => c.startsWith('合计|'))).toContain('128.7|46.15|35.86|49.59|-13.73|黄色预警');
  });
});
