// Changes to an existing unit by its admins: rename, move under another parent, retire (撤销).
// Who may: as for adding one — the admin of the unit's parent subtree, a deployment-wide admin for
// a top unit (and for making one). A retired unit keeps its history: its links end after its last
// year, so earlier years' trees, roll-ups and 自评 still show it, and later years do not.
import { adminRoots, mayAdministerGrant, unitFieldProblems } from '../domain/userAdmin.js';
import type { Actor } from '../domain/access.js';
import type { UnitChange } from '../domain/requests.js';
import type { Unit } from '../domain/types.js';
import { auditRepository } from '../store/audit.js';
import type { Db, DbOrTx } from '../store/db.js';
import { rollupRepository } from '../store/rollups.js';
import { unitRepository } from '../store/units.js';
import { ServiceError, forbidden, notFound } from './errors.js';
import { lineageOf } from './lineage.js';
import { treeOps } from './tree.js';

const label = (u: Unit) => `${u.name}（${u.code}）`;

/** The year the unit's place is judged in: this year, or its last year when retired earlier. */
async function placeYear(db: DbOrTx, unitId: string, year: number): Promise<number> {
  const last = (await unitRepository(db).lastYears([unitId])).get(unitId);
  return last !== undefined && last !== null && last < year ? last : year;
}

/** The admin of the unit's parent subtree (a top unit: deployment-wide admins only). */
async function mayChange(db: DbOrTx, actor: Actor, unitId: string, year: number): Promise<boolean> {
  const roots = adminRoots(actor);
  if (roots.includes(null)) return true;
  if (roots.length === 0) return false;
  const parent = await unitRepository(db).parentOf(unitId, await placeYear(db, unitId, year));
  return parent !== null && mayAdministerGrant(actor, await lineageOf(db, parent, year));
}

export function unitChanges(db: Db, thisYear: () => number) {
  const repo = unitRepository(db);
  const load = async (actor: Actor, id: string): Promise<Unit> => {
    const unit = await repo.byId(id);
    if (!unit) throw notFound(`单位 ${id} / unit ${id}`);
    if (adminRoots(actor).length === 0) throw forbidden('只有管理员可以修改单位 / only an admin changes units');
    if (!(await mayChange(db, actor, id, thisYear()))) throw forbidden(`“${unit.name}”不在您的管理范围内 / unit outside your scope`);
    return unit;
  };
  const audit = (tx: DbOrTx, actor: Actor, action: string, unitId: string, before: unknown, after: unknown) =>
    auditRepository(tx).append([{ userId: actor.userId, action, entity: 'unit', entityId: unitId, unitId, before, after }]);

  return {
    /** Name, short name, code, type, level; the unit keeps its id, place and history. */
    async update(actor: Actor, id: string, input: UnitChange): Promise<Unit> {
      const before = await load(actor, id);
      const problems = unitFieldProblems(input);
      const code = input.code.trim();
      if (problems.length === 0 && (await repo.byCodes([code])).some((u) => u.id !== id)) problems.push(`单位代码已被其他单位使用 / code taken: ${code}`);
      if (problems.length) throw new ServiceError('invalid', problems.join('；'), { problems });
      const row = { code, name: input.name.trim(), shortName: input.shortName?.trim() || null, type: input.type.trim(), level: input.level };
      return db.transaction(async (tx) => {
        const unit = await unitRepository(tx).update(id, row, input.previous);
        if (!unit) {
          const current = await unitRepository(tx).byId(id);
          if (!current) throw notFound(`单位 ${id} / unit ${id}`);
          throw new ServiceError('conflict', `“${label(current)}”已被他人修改，请看过现在的内容后再保存 / the unit changed since it was loaded`, { current });
        }
        await audit(tx, actor, 'unit.update', id, before, row);
        return unit;
      });
    },

    /** Under `parentId` (null: a top unit) from `fromYear` on; earlier years keep the old parent. */
    async move(
      actor: Actor,
      id: string,
      input: { parentId: string | null; fromYear: number },
    ): Promise<{ unit: Unit; parentId: string | null; fromYear: number }> {
      const unit = await load(actor, id);
      const { parentId, fromYear } = input;
      if (parentId === id) throw new ServiceError('invalid', '不能把单位移到它自己之下 / a unit cannot be its own parent');
      const last = (await repo.lastYears([id])).get(id);
      if (last === undefined || (await repo.firstYear(id))! > fromYear || (last !== null && last < fromYear))
        throw new ServiceError('invalid', `“${unit.name}”${fromYear} 年不在单位树中，无法调整上级 / the unit is not in the ${fromYear} tree`);
      if (parentId === null) {
        if (!adminRoots(actor).includes(null)) throw forbidden('只有全局管理员可以设为顶级单位 / only a deployment-wide admin makes a top unit');
      } else {
        const parent = await repo.byId(parentId);
        if (!parent) throw new ServiceError('invalid', `未知上级单位 / unknown parent unit: ${parentId}`);
        const pLast = (await repo.lastYears([parentId])).get(parentId);
        if (pLast === undefined || (pLast !== null && pLast < fromYear) || (await repo.firstYear(parentId))! > fromYear)
          throw new ServiceError('invalid', `新上级“${parent.name}”${fromYear} 年不在单位树中 / the new parent is not in the ${fromYear} tree`);
        if (!mayAdministerGrant(actor, await lineageOf(db, parentId, fromYear)))
          throw forbidden(`新上级“${parent.name}”不在您的管理范围内 / new parent outside your scope`);
      }
      const was = await repo.parentOf(id, fromYear);
      if (was === parentId) throw new ServiceError('invalid', `“${unit.name}”${fromYear} 年已在该上级之下 / already there`);
      await db.transaction(async (tx) => {
        await treeOps.move(tx, id, parentId, fromYear); // refuses a cycle in any year from fromYear on
        await audit(tx, actor, 'unit.move', id, { parentId: was }, { parentId, fromYear });
      });
      return { unit, parentId, fromYear };
    },

    /**
     * Retires (撤销) the unit after `lastYear`: gone from the tree and the pickers of later years,
     * kept in earlier ones with all its 自评, 绩效目标 and roll-ups. Never deleted.
     */
    async retire(actor: Actor, id: string, input: { lastYear: number }): Promise<{ unit: Unit; lastYear: number }> {
      const unit = await load(actor, id);
      const { lastYear } = input;
      const problems: string[] = [];
      const first = await repo.firstYear(id);
      if (first === null) throw new ServiceError('invalid', `“${unit.name}”不在单位树中 / the unit is not in the tree`);
      if (lastYear < first - 1) problems.push(`最后年度不能早于该单位的起始年度 ${first} 的前一年 / last year before the unit's first year`);
      const dataYear = await repo.lastDataYear(id);
      if (dataYear !== null && dataYear > lastYear)
        problems.push(`该单位 ${dataYear} 年已有自评、绩效目标或运行监控，最后年度不能早于 ${dataYear} 年 / the unit has work in ${dataYear}`);
      const kids = await repo.childrenAfter(id, lastYear);
      if (kids.length) problems.push(`请先把下级单位移到其他单位之下或一并撤销：${kids.map(label).join('、')} / move or retire its children first`);
      if (problems.length) throw new ServiceError('invalid', problems.join('；'), { problems });
      const before = (await repo.lastYears([id])).get(id) ?? null;
      await db.transaction(async (tx) => {
        await unitRepository(tx).retire(id, lastYear);
        const rollups = rollupRepository(tx);
        for (const y of await rollups.builtYears()) if (y > lastYear) await rollups.rebuildYear(y);
        await audit(tx, actor, 'unit.retire', id, { lastYear: before }, { lastYear });
      });
      return { unit, lastYear };
    },
  };
}

/** Refuses new work for a year after the unit was retired (its earlier years stay open as before). */
export async function assertOpenIn(db: DbOrTx, unit: Unit, year: number): Promise<void> {
  const last = (await unitRepository(db).lastYears([unit.id])).get(unit.id);
  if (last !== undefined && last !== null && last < year)
    throw new ServiceError('invalid', `“${unit.name}”已于 ${last} 年后撤销，不能再填报 ${year} 年 / the unit was retired after ${last}`);
}
