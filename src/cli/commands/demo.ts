import { Command } from 'commander';
import { loadSynthetic } from '../../services/synth.js';
import { CliError, parseYear, withDataOption, type RegisterCommand } from '../context.js';
import { progressBar } from '../progress.js';
import { withServices } from './db.js';

export const register: RegisterCommand = (program, io) => {
  const demo = withDataOption(new Command('demo'))
    .description('载入演示数据（湖南省妇联 2016、武冈市妇联 2022，及邵阳市各县市区的示例自评；可重复执行）/ load the demo data set (idempotent)')
    .option('--seeds-only', '只载入两份真实报告（不含示例县市区）/ just the two seed reports, no 示例 counties')
    .action(async (opts: { data?: string; seedsOnly?: boolean }) => {
      const r = await withServices(opts, (s) => s.loadDemo({ seedsOnly: Boolean(opts.seedsOnly) }));
      io.out(
        r.loaded
          ? `已载入演示数据：${r.units} 个单位，${r.evaluations} 份自评，${r.users} 个用户（密码 jixiao-demo）\n`
          : `演示数据已存在，未重复载入 / demo data already present\n`,
      );
    });
  withDataOption(demo.command('synth'))
    .description('生成合成数据（全国→省→市→县→乡→村）/ load a synthetic tree with budgets, scores and key projects')
    .requiredOption('--units <n>', '单位总数 / number of units', (v) => parsePositive(v, 6, 5_000_000))
    .option('--years <k>', '年度数 / number of years', (v) => parsePositive(v, 1, 20), 1)
    .option('--last-year <yyyy>', '最后一个年度 / last year', parseYear)
    .option('--prefix <p>', '单位代码前缀 / unit code prefix', 'S')
    .action(async (opts: { units: number; years: number; lastYear?: number; prefix: string; data?: string }) => {
      const r = await withServices(opts, (s) =>
        loadSynthetic(s.store.db, { units: opts.units, years: opts.years, lastYear: opts.lastYear, prefix: opts.prefix, onProgress: progressBar(io.err) }),
      );
      io.out(
        `已生成 ${r.units} 个单位、${r.evaluations} 份自评、${r.keyProjectValues} 条重点项目数据（${r.years.join('、')}年）；` +
          `写入 ${r.seconds.insert.toFixed(1)} 秒，汇总 ${r.seconds.rollups.toFixed(1)} 秒\n`,
      );
    });
  program.addCommand(demo);
};

function parsePositive(v: string, min: number, max: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`应为 ${min}–${max} 之间的整数 / expected an integer in ${min}..${max}: ${v}`, 2);
  return n;
}
