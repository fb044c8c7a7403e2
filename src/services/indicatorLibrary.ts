// The 指标库: indicators a framework author picks from — shared ones (the deployment-wide admin's)
// and a unit's own, visible to the unit, its ancestors and the units below it.
import { isDeploymentAdmin, type Actor } from '../domain/access.js';
import { defaultRule } from '../domain/frameworks/build.js';
import { ruleProblems, validateFramework } from '../domain/frameworks/utils.js';
import type { Framework, Operator } from '../domain/types.js';
import { auditRepository } from '../store/audit.js';
import type { Db } from '../store/db.js';
import { indicatorLibraryRepository, type LibraryIndicator } from '../store/indicatorLibrary.js';
import { unitRepository } from '../store/units.js';
import { ServiceError, forbidden } from './errors.js';
import { mayRead } from './lineage.js';
import type { LibraryInput } from '../domain/requests.js';
export type { LibraryInput };

export function indicatorLibraryService(db: Db) {
  const libRepo = indicatorLibraryRepository(db);

  /** Library owner ids the actor may use: shared, own units, their ancestors, and units below them. */
  async function visibleOwners(actor: Actor, year: number): Promise<(string | null)[] | undefined> {
    if (isDeploymentAdmin(actor)) return undefined; // everything
    const own = actor.grants.map((g) => g.unitId).filter((u): u is string => u !== null);
    const up = new Set(own);
    for (const u of own) for (const a of await unitRepository(db).ancestorIds(u, year)) up.add(a);
    const out: (string | null)[] = [null];
    for (const o of await libRepo.ownerIds()) if (up.has(o) || (await mayRead(db, actor, o, year))) out.push(o);
    return out;
  }

  async function libraryFor(actor: Actor, inputs: { libraryId?: string }[], year: number): Promise<Map<string, LibraryIndicator>> {
    const ids = [...new Set(inputs.flatMap((i) => (i.libraryId === undefined ? [] : [i.libraryId])))];
    if (ids.length === 0) return new Map();
    const entries = await libRepo.list({ ids, ownerUnitIds: await visibleOwners(actor, year), limit: ids.length });
    return new Map(entries.map((e) => [e.id, e]));
  }

  return {
    libraryFor,
    methods: {
      async listLibrary(actor: Actor, filter: { q?: string; operator?: Operator; ownerUnitId?: string | null; year?: number; limit?: number }) {
        const visible = await visibleOwners(actor, filter.year ?? new Date().getFullYear());
        let owners = visible;
        if (filter.ownerUnitId !== undefined) {
          owners = visible === undefined || visible.includes(filter.ownerUnitId) ? [filter.ownerUnitId] : [];
        }
        return libRepo.list({ q: filter.q, operator: filter.operator, ownerUnitIds: owners, limit: filter.limit ?? 100 });
      },

      /** Shared entries are the deployment-wide administrator's; a unit's filler or reviewer adds entries of that unit. */
      async createLibrary(actor: Actor, input: LibraryInput) {
        const admin = isDeploymentAdmin(actor);
        const ownUnits = actor.grants.filter((g) => (g.role === 'filler' || g.role === 'reviewer') && g.unitId !== null).map((g) => g.unitId!);
        const ownerUnitId = input.ownerUnitId !== undefined ? input.ownerUnitId : admin ? null : (ownUnits[0] ?? null);
        if (ownerUnitId === null ? !admin : !admin && !ownUnits.includes(ownerUnitId)) {
          throw forbidden(
            ownerUnitId === null ? '只有管理员可以添加共享指标 / only an administrator adds shared entries' : '只能为本单位添加指标 / only for your own unit',
          );
        }
        if (ownerUnitId !== null && !(await unitRepository(db).byId(ownerUnitId)))
          throw new ServiceError('invalid', `单位 ${ownerUnitId} 不存在 / no such unit`);
        const rule = input.rule ?? defaultRule(input.operator);
        const probe: Framework = {
          id: 'lib',
          code: 'lib',
          name: input.name,
          kind: 'custom',
          year: null,
          version: 1,
          frozen: false,
          indicators: [
            {
              id: 'lib:1',
              code: '1',
              parentCode: null,
              level: 1,
              order: 1,
              name: input.name,
              unit: input.unit ?? null,
              operator: input.operator,
              weight: '1',
              rule,
            },
          ],
        };
        const problems = [...ruleProblems(null, rule), ...validateFramework(probe)].map((p) => ({ ...p, code: null }));
        if (problems.length) throw new ServiceError('invalid', `指标库条目无效 / invalid entry: ${problems.map((p) => p.message).join('；')}`, { problems });
        return db.transaction(async (tx) => {
          const entry = await indicatorLibraryRepository(tx).insert({
            name: input.name.trim(),
            unit: input.unit ?? null,
            operator: input.operator,
            rule,
            description: input.description ?? null,
            ownerUnitId,
            createdBy: actor.userId,
          });
          await auditRepository(tx).append([
            { userId: actor.userId, action: 'indicatorLibrary.create', entity: 'indicatorLibrary', entityId: entry.id, unitId: ownerUnitId, after: entry },
          ]);
          return entry;
        });
      },
    },
  };
}
