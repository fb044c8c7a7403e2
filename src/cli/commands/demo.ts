import { Command } from 'commander';
import { withDataOption, type RegisterCommand } from '../context.js';
import { withServices } from './db.js';

export const register: RegisterCommand = (program, io) => {
  const demo = withDataOption(new Command('demo'))
    .description('载入演示数据（湖南省妇联 2016、武冈市妇联 2022；可重复执行）/ load the demo data set (idempotent)')
    .action(async (opts: { data?: string }) => {
      const r = await withServices(opts, (s) => s.loadDemo());
      io.out(
        r.loaded
          ? `已载入演示数据：${r.units} 个单位，${r.evaluations} 份自评，${r.users} 个用户（密码 jixiao-demo）\n`
          : `演示数据已存在，未重复载入 / demo data already present\n`,
      );
    });
  program.addCommand(demo);
};
