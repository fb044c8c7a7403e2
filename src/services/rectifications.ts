// 整改台账: problems raised by a reviewer or a monitoring round, answered by the filler, carried
// into later years until closed. Part of the monitoring service's surface.
import type { Actor } from '../domain/access.js';
import { auditRepository } from '../store/audit.js';
import type { Db } from '../store/db.js';
import { monitoringRepository } from '../store/monitoring.js';
import { forbidden, notFound, ServiceError } from './errors.js';
import { mayRead } from './lineage.js';
import { planRoles } from './targets.js';

/** Optional free text as stored: trimmed, bounded, blank → null. */
export const text = (s: string | null | undefined, max = 2000) => (s?.trim() ? s.trim().slice(0, max) : null);

export function rectificationMethods(db: Db) {
  const repo = monitoringRepository(db);
  return {
    async rectifications(actor: Actor, unitId: string, year: number) {
      if (!(await mayRead(db, actor, unitId, year))) throw notFound(`单位 ${unitId}`);
      const roles = await planRoles(db, actor, unitId, year);
      return { items: await repo.rectificationsFor([unitId], year), canRaise: roles.includes('reviewer'), canAnswer: roles.includes('filler') };
    },

    async raiseRectification(actor: Actor, input: { unitId: string; year: number; problem: string; requiredFix: string; roundId?: string | null }) {
      if (!(await mayRead(db, actor, input.unitId, input.year))) throw notFound(`单位 ${input.unitId}`);
      if (!(await planRoles(db, actor, input.unitId, input.year)).includes('reviewer'))
        throw forbidden('只有上级审核人可以提出整改 / only a reviewer of a level above raises a rectification');
      const problem = text(input.problem);
      const requiredFix = text(input.requiredFix);
      if (!problem || !requiredFix) throw new ServiceError('invalid', '问题和整改要求都要填写 / problem and required fix are both needed');
      if (input.roundId && !(await repo.round(input.roundId))) throw new ServiceError('invalid', `监控轮次 ${input.roundId} 不存在`);
      return db.transaction(async (tx) => {
        const id = await monitoringRepository(tx).addRectification({
          unitId: input.unitId,
          year: input.year,
          source: input.roundId ? 'monitoring' : 'review',
          roundId: input.roundId ?? null,
          problem,
          requiredFix,
          userId: actor.userId,
        });
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: 'rectification.raise',
            entity: 'rectification',
            entityId: id,
            unitId: input.unitId,
            after: { problem, requiredFix, roundId: input.roundId ?? null },
          },
        ]);
        await monitoringRepository(tx).notify({
          unitId: input.unitId,
          role: 'filler',
          kind: 'rectification',
          message: `新的整改事项：${problem.slice(0, 60)}`,
        });
        return id;
      });
    },

    /** The filler answers (status answered); a reviewer closes or reopens. */
    async updateRectification(
      actor: Actor,
      id: string,
      input: { version: number; answer?: string | null; evidence?: string | null; status?: 'open' | 'answered' | 'closed' },
    ) {
      const r = await repo.rectification(id);
      if (!r || !(await mayRead(db, actor, r.unitId, r.year))) throw notFound(`整改事项 ${id}`);
      const roles = await planRoles(db, actor, r.unitId, r.year);
      const answering = input.answer !== undefined || input.evidence !== undefined;
      if (answering && !roles.includes('filler')) throw forbidden('只有本单位填报人可以答复 / only the unit’s filler answers');
      if (input.status && input.status !== 'answered' && !roles.includes('reviewer'))
        throw forbidden('只有上级审核人可以销号或重新打开 / only a reviewer closes');
      if (r.status === 'closed' && answering) throw new ServiceError('locked', '已销号 / closed');
      const status = input.status ?? (answering ? 'answered' : r.status);
      if (status === 'answered' && !text(input.answer ?? r.answer)) throw new ServiceError('invalid', '答复不能为空 / the answer is empty');
      return db.transaction(async (tx) => {
        const patch = { ...(answering ? { answer: text(input.answer ?? r.answer), evidence: text(input.evidence ?? r.evidence) } : {}), status };
        if (!(await monitoringRepository(tx).updateRectification(id, input.version, patch)))
          throw new ServiceError('conflict', '已被他人修改，请刷新 / changed by someone else', { current: await monitoringRepository(tx).rectification(id) });
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: `rectification.${status === 'closed' ? 'close' : answering ? 'answer' : 'update'}`,
            entity: 'rectification',
            entityId: id,
            unitId: r.unitId,
            before: r,
            after: patch,
          },
        ]);
        return (await monitoringRepository(tx).rectification(id))!;
      });
    },
  };
}
