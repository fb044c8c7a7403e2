// Unit tree use cases (lazy browsing, search), scoped to what the actor may read.
import { readableRoots, type Actor } from '../domain/access.js';
import type { NewUnitInput } from '../domain/requests.js';
import { unitFieldProblems } from '../domain/userAdmin.js';
import type { Unit } from '../domain/types.js';

export type { NewUnitInput };
import { adminRoots, mayAdministerGrant } from '../domain/userAdmin.js';
import { auditRepository } from '../store/audit.js';
import type { Db } from '../store/db.js';
import { unitRepository, type UnitNode } from '../store/units.js';
import type { UnitMatchKind } from '../domain/unitNames.js';
import { ServiceError, forbidden, notFound } from './errors.js';
import { treeOps } from './tree.js';
import { unitChanges } from './unitChanges.js';

/** The single match, or 404 / 409 naming the candidates with their codes. */
export function onlyOne<T extends Unit>(q: string, found: T[]): T {
  if (found.length === 0) throw notFound(`单位“${q}” / unit "${q}"`);
  if (found.length > 1) {
    const list = found.map((u) => `${u.name}（${u.code}）`).join('、');
    throw new ServiceError('conflict', `“${q}”对应多个单位，请写全称或代码：${list} / ambiguous unit name`, {
      candidates: found.map((u) => ({ id: u.id, code: u.code, name: u.name, shortName: u.shortName ?? null })),
    });
  }
  return found[0]!;
}
import { lineageOf, mayRead as mayReadUnit } from './lineage.js';

export function unitService(db: Db) {
  const repo = unitRepository(db);
  const mayRead = (actor: Actor, unitId: string, year: number) => mayReadUnit(db, actor, unitId, year);
  /** Drops units retired before `year` (a picker for a new year must not offer them; history keeps them). */
  const openIn = async <T extends Unit>(found: T[], year: number): Promise<T[]> => {
    const last = await repo.lastYears(found.map((u) => u.id));
    return found.filter((u) => {
      const l = last.get(u.id);
      return l === undefined || l === null || l >= year;
    });
  };

  return {
    ...unitChanges(db, () => new Date().getFullYear()),
    /** A new unit under `parentId` (an admin of the parent's subtree) or at the top (deployment-wide admin). */
    async create(actor: Actor, input: NewUnitInput): Promise<Unit> {
      const roots = adminRoots(actor);
      if (roots.length === 0) throw forbidden('只有管理员可以新增单位 / only an admin adds units');
      if (input.parentId === null) {
        if (!roots.includes(null)) throw forbidden('只有全局管理员可以新增顶级单位 / only a deployment-wide admin adds a top unit');
      } else {
        if (!(await repo.byId(input.parentId))) throw new ServiceError('invalid', `未知上级单位 / unknown parent unit: ${input.parentId}`);
        if (!mayAdministerGrant(actor, await lineageOf(db, input.parentId, input.fromYear)))
          throw forbidden('上级单位不在您的管理范围内 / parent unit outside your scope');
      }
      const problems = unitFieldProblems(input);
      const code = input.code.trim();
      if (problems.length === 0 && (await repo.byCodes([code])).length) problems.push(`单位代码已被使用 / code taken: ${code}`);
      if (problems.length) throw new ServiceError('invalid', problems.join('；'), { problems });
      return db.transaction(async (tx) => {
        const row = { code, name: input.name.trim(), shortName: input.shortName?.trim() || null, type: input.type.trim(), level: input.level };
        const [unit] = await unitRepository(tx).insertMany([row]);
        await treeOps.link(tx, [{ unitId: unit!.id, parentId: input.parentId, fromYear: input.fromYear }]);
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: 'unit.create',
            entity: 'unit',
            entityId: unit!.id,
            unitId: unit!.id,
            after: { ...row, parentId: input.parentId, fromYear: input.fromYear },
          },
        ]);
        return unit!;
      });
    },

    /** One level of the tree. `parentId` null → the actor's own roots (everything for admin). */
    async children(actor: Actor, parentId: string | null, year: number): Promise<UnitNode[]> {
      if (parentId !== null) {
        if (!(await mayRead(actor, parentId, year))) throw notFound(`unit ${parentId}`);
        return repo.children(parentId, year);
      }
      const roots = readableRoots(actor);
      if (actor.kind === 'system' || roots.includes(null)) return repo.children(null, year);
      const out: UnitNode[] = [];
      for (const id of roots) {
        const u = await repo.byId(id!);
        if (!u) continue;
        const kids = await repo.children(id!, year);
        out.push({ ...u, parentId: await repo.parentOf(id!, year), childCount: kids.length });
      }
      return out;
    },

    /** A page of one level, by code, with the level's total (a parent may hold tens of thousands). */
    async page(
      actor: Actor,
      parentId: string | null,
      year: number,
      limit: number,
      offset: number,
    ): Promise<{ units: UnitNode[]; total: number; offset: number; limit: number }> {
      if (parentId === null) {
        // the actor's roots: a handful, so page them in memory
        const all = await this.children(actor, null, year);
        return { units: all.slice(offset, offset + limit), total: all.length, offset, limit };
      }
      // the same check as the unpaged answer: a unit the actor may not read does not exist
      if (!(await mayRead(actor, parentId, year))) throw notFound(`unit ${parentId}`);
      const [units, total] = await Promise.all([repo.children(parentId, year, { limit, offset }), repo.countChildren(parentId, year)]);
      return { units, total, offset, limit };
    },

    async search(actor: Actor, q: string, year: number, limit = 50): Promise<(Unit & { matchedBy: UnitMatchKind })[]> {
      const found = await openIn(await repo.searchRanked(q, limit * 2), year);
      const out: (Unit & { matchedBy: UnitMatchKind })[] = [];
      for (const u of found) if (await mayRead(actor, u.id, year)) out.push(u);
      return out.slice(0, limit);
    },

    /** Exactly one unit for a name as written; 404 none, 409 with the candidates (and codes) when ambiguous. */
    async resolve(actor: Actor, q: string, year: number): Promise<{ unit: Unit & { matchedBy: UnitMatchKind } }> {
      const found = [];
      for (const u of await openIn(await repo.findByAnyName(q), year)) if (await mayRead(actor, u.id, year)) found.push(u);
      return { unit: onlyOne(q, found) };
    },

    /** A unit and its ancestors, root first; `readable` says which the actor may open (a breadcrumb links only those). */
    async get(actor: Actor, id: string, year: number): Promise<{ unit: Unit; ancestors: (Unit & { readable: boolean })[] }> {
      const unit = await repo.byId(id);
      if (!unit || !(await mayRead(actor, id, year))) throw notFound(`unit ${id}`);
      const ids = await repo.ancestorIds(id, year);
      const ancestors: (Unit & { readable: boolean })[] = [];
      for (const a of ids.reverse()) {
        const u = await repo.byId(a);
        if (u) ancestors.push({ ...u, readable: await mayRead(actor, a, year) });
      }
      return { unit, ancestors };
    },
  };
}

export type UnitService = ReturnType<typeof unitService>;
