// Roll-up reads for dashboards and the public portal. Sums come from the maintained roll-ups;
// rates are recomputed from summed parts; only published figures are ever public.
import { createHash } from 'node:crypto';
import { canRead, type Actor } from '../domain/access.js';
import { childStats, childStatus, comparableTrend, measureKey as mk, projectTrend, rate } from '../domain/rollup.js';
import type { ChildRow, Dashboard, ProjectFigures, PublicHeadline } from '../domain/wire.js';

export type { ChildRow, Dashboard, ProjectFigures, PublicHeadline };
import type { Db } from '../store/db.js';
import { rollupRepository } from '../store/rollups.js';
import { unitRepository } from '../store/units.js';
import { notFound } from './errors.js';
import { mayRead } from './lineage.js';
import { liveMap, type DataChanges } from './dataChanges.js';
import { EVALUATION_STATUSES, GRADES, LIANGAI_PROJECT } from '../domain/types.js';

const STATUSES = EVALUATION_STATUSES;

/** A dashboard as JSON text with its ETag, computed once per roll-up version. */
export interface DashboardAnswer {
  body: string;
  etag: string;
}

/**
 * `changes`: this process hears of every change to roll-up versions, units and the tree (the
 * primary's NOTIFYs), so a repeat dashboard read asks the database nothing. Without it (a
 * replica, whose data lags the notices; or no listener) each read asks for the version.
 */
export function rollupService(db: Db, changes: DataChanges | null = null) {
  const rollups = rollupRepository(db);

  // A built year stays built (rebuilds replace it in place), so each process asks once per year.
  const built = new Set<number>();
  // One entry per dashboard (unit, year, project): the latest version computed replaces the last.
  const cache = new Map<string, DashboardAnswer & { version: string }>();
  const inflight = new Map<string, Promise<DashboardAnswer & { version: string }>>();
  // Units and their ancestry change rarely and tell every process: kept here between changes.
  const units = liveMap<Awaited<ReturnType<ReturnType<typeof unitRepository>['byId']>>>(changes, ['u', 'w']);
  const ancestry = liveMap<string[]>(changes, ['t', 'w']);
  const versions = liveMap<string>(changes, ['v', 't', 'w']);
  let generation = 0; // an answer computed across a change of names or tree is not kept
  changes?.subscribe((c) => {
    if (c === 'v' || c === 'w') return; // the version is in the key (names and tree: their NOTIFY)
    generation++;
    cache.clear(); // names and children are in the answers
  });
  async function ensureBuilt(year: number) {
    if (built.has(year)) return;
    if (!(await rollups.isBuilt(year))) await db.transaction((tx) => rollupRepository(tx).rebuildYear(year));
    built.add(year);
  }

  async function authorize(actor: Actor, unitId: string, year: number) {
    const unit = await units.get(unitId, () => unitRepository(db).byId(unitId));
    if (!unit) throw notFound(`unit ${unitId}`);
    // Grants come with the session (dropped from its cache when they change); the ancestry from here.
    const wide = actor.kind === 'system' || actor.grants.some((g) => g.unitId === null || g.unitId === unitId);
    if (wide) return unit;
    const ancestors = await ancestry.get(`${unitId}|${year}`, () => unitRepository(db).ancestorIds(unitId, year));
    if (!canRead(actor, { unitId, ancestors })) throw notFound(`unit ${unitId}`);
    return unit;
  }

  async function project(unitId: number, year: number, code: string, prefix = ''): Promise<ProjectFigures> {
    const m = await rollups.get(unitId, year, [prefix + mk.projectTarget(code), prefix + mk.projectActual(code)]);
    const target = m.get(prefix + mk.projectTarget(code))?.total ?? null;
    const actual = m.get(prefix + mk.projectActual(code))?.total ?? null;
    const funding = prefix
      ? []
      : (await rollups.measuresLike(unitId, year, mk.projectFundingPrefix(code))).map((r) => {
          const [category = '', source = ''] = r.measure.slice(mk.projectFundingPrefix(code).length).split(':');
          return { category, source, amount: r.total };
        });
    return { code, target, actual, rate: rate(actual, target), reporting: m.get(prefix + mk.projectActual(code))?.reporting ?? 0, funding };
  }

  return {
    ensureBuilt,

    /** Raw roll-up values of chosen measures for one unit. */
    async values(actor: Actor, unitId: string, year: number, measures: string[]) {
      await authorize(actor, unitId, year);
      await ensureBuilt(year);
      const m = await rollups.get(Number(unitId), year, [...measures, mk.units]);
      return { unitId, year, units: m.get(mk.units)?.reporting ?? 0, values: Object.fromEntries(measures.map((k) => [k, m.get(k) ?? null])) };
    },

    /**
     * The years a dashboard of this unit has something to show (figures or evaluations in its
     * subtree), oldest first, limited to years the actor may read the unit in.
     */
    async years(actor: Actor, unitId: string): Promise<{ unitId: string; years: number[] }> {
      const unit = await unitRepository(db).byId(unitId);
      if (!unit) throw notFound(`unit ${unitId}`);
      const candidates = await rollups.dataYears();
      for (const y of candidates) await ensureBuilt(y);
      const out: number[] = [];
      for (const y of await rollups.yearsWithData(Number(unitId), candidates)) if (await mayRead(db, actor, unitId, y)) out.push(y);
      // Same answer (not found) as a unit that does not exist, so ids cannot be probed.
      if (!out.length && !(await mayRead(db, actor, unitId, new Date().getFullYear()))) throw notFound(`unit ${unitId}`);
      return { unitId, years: out };
    },

    /** The dashboard, served from a per-process cache keyed by the year's roll-up version. */
    async dashboard(actor: Actor, unitId: string, year: number, projectCode: string = LIANGAI_PROJECT.code): Promise<Dashboard> {
      return JSON.parse((await this.dashboardAnswer(actor, unitId, year, projectCode)).body) as Dashboard;
    },

    /** The dashboard with its JSON text and ETag (the HTTP route sends the text as is). */
    async dashboardAnswer(actor: Actor, unitId: string, year: number, projectCode: string = LIANGAI_PROJECT.code): Promise<DashboardAnswer> {
      const at = generation;
      const unit = await authorize(actor, unitId, year);
      await ensureBuilt(year);
      const key = `${unitId}|${year}|${projectCode}`;
      const version = await versions.get(String(year), () => rollups.versionUpTo(year));
      const hit = cache.get(key);
      if (hit?.version === version) return hit;
      // One computation per key and version, however many readers arrive while it runs.
      const flight = `${key}|${version}|${at}`;
      let pending = inflight.get(flight);
      if (!pending) {
        pending = this.computeDashboard(unit, year, projectCode)
          .then((dashboard) => {
            const body = JSON.stringify(dashboard);
            // From the content: every process gives the same answer the same tag.
            return { version, body, etag: `"d${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"` };
          })
          .finally(() => inflight.delete(flight));
        inflight.set(flight, pending);
      }
      const d = await pending;
      if (at !== generation) return d;
      cache.delete(key); // re-inserted last: the oldest entry goes first when full
      if (cache.size >= 500) cache.delete(cache.keys().next().value!);
      cache.set(key, d);
      return d;
    },

    async computeDashboard(unit: { id: string; name: string; level: string }, year: number, projectCode: string): Promise<Dashboard> {
      const unitId = unit.id;
      const id = Number(unitId);
      const target = mk.projectTarget(projectCode);
      const actual = mk.projectActual(projectCode);
      const fundPrefix = mk.projectFundingPrefix(projectCode);
      // The trend spans every year with data up to this one (a project keeps its code across years).
      const earlier = (await rollups.dataYears()).filter((y) => y < year);
      for (const y of earlier) await ensureBuilt(y);
      // Everything about the unit itself, for this year and the trend, in one query.
      const rows = await rollups.unitRows(
        id,
        Math.min(year, ...earlier),
        year,
        [mk.units, mk.figures, target, actual, ...STATUSES.map(mk.status), ...GRADES.map(mk.grade)],
        fundPrefix,
      );
      const at = (y: number, m: string) => rows.find((r) => r.year === y && r.measure === m);
      const units = at(year, mk.units)?.reporting ?? 0;
      const statuses: Record<string, number> = {};
      for (const s of STATUSES) statuses[s] = Number(at(year, mk.status(s))?.total ?? 0);
      // 仅报数据 (figures stated, no evaluation) reported something: counted apart from 未填报.
      statuses.figures = Number(at(year, mk.figures)?.total ?? 0);
      statuses.missing = Math.max(0, units - statuses.figures - STATUSES.reduce((a, s) => a + statuses[s]!, 0));
      const grades: Record<string, number> = {};
      for (const g of GRADES) grades[g] = Number(at(year, mk.grade(g))?.total ?? 0);
      const projectAt = (y: number): ProjectFigures => {
        const t = at(y, target)?.total ?? null;
        const a = at(y, actual)?.total ?? null;
        return {
          code: projectCode,
          target: t,
          actual: a,
          rate: rate(a, t),
          reporting: at(y, actual)?.reporting ?? 0,
          funding: rows
            .filter((r) => r.year === y && r.measure.startsWith(fundPrefix))
            .sort((p, q) => p.measure.localeCompare(q.measure))
            .map((r) => {
              const [category = '', source = ''] = r.measure.slice(fundPrefix.length).split(':');
              return { category, source, amount: r.total };
            }),
        };
      };
      const own = new Set(await rollups.ownYears(id, Math.min(year, ...earlier), year, [target, actual]));
      const { trend, apart } = comparableTrend(projectTrend(rows, projectCode, year, own));

      const kids = await rollups.children(id, year, [target, actual, mk.units]);
      const byUnit = new Map<number, ChildRow>();
      const ownFigures = new Set(kids.filter((r) => r.own_figures).map((r) => String(r.unit_id)));
      for (const r of kids) {
        const row =
          byUnit.get(r.unit_id) ??
          ({
            unitId: String(r.unit_id),
            name: r.short_name ?? r.name,
            level: r.level,
            status: r.status ?? 'missing',
            score: r.total_score,
            grade: r.grade,
            evaluationId: r.evaluation_id === null ? null : String(r.evaluation_id),
            spotCheck: r.spot_check === 'checkPass' ? 'passed' : r.spot_check === 'checkReturn' ? 'returned' : null,
            target: null,
            actual: null,
            rate: null,
            units: 0,
          } as ChildRow);
        if (r.measure === target) row.target = r.total;
        if (r.measure === actual) row.actual = r.total;
        if (r.measure === mk.units) row.units = Number(r.reporting);
        byUnit.set(r.unit_id, row);
      }
      const children = [...byUnit.values()].map((c) => ({
        ...c,
        status: childStatus(c.status === 'missing' ? null : c.status, ownFigures.has(c.unitId)),
        rate: rate(c.actual, c.target),
      }));
      return {
        unit: { id: unitId, name: unit.name, level: unit.level },
        year,
        project: projectAt(year),
        units,
        statuses,
        grades,
        children,
        childStats: { score: childStats(children.map((c) => c.score)), rate: childStats(children.map((c) => c.rate)) },
        trend,
        trendApart: apart,
      };
    },

    /** Public headline: sums over published units only, for the tree's roots. */
    async publicHeadline(year: number, projectCode: string = LIANGAI_PROJECT.code): Promise<PublicHeadline> {
      await ensureBuilt(year);
      const roots = await unitRepository(db).children(null, year);
      const out: PublicHeadline['roots'] = [];
      for (const r of roots) {
        const m = await rollups.get(Number(r.id), year, ['pub:units']);
        out.push({
          unitId: r.id,
          name: r.name,
          publishedUnits: Number(m.get('pub:units')?.total ?? 0),
          project: await project(Number(r.id), year, projectCode, 'pub:'),
        });
      }
      return { year, roots: out };
    },
  };
}

export type RollupService = ReturnType<typeof rollupService>;
