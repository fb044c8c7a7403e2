// Opens the store and the built-in data every database must hold. Used by the CLI and the server.
import { migrateLegacyKeyProjectCodes } from './keyProjectCodes.js';
import { SYSTEM_ACTOR } from '../domain/access.js';
import { BUILTIN_FRAMEWORKS } from '../domain/frameworks/builtin.js';
import type { Evaluation } from '../domain/types.js';
import { openStore, type Store, type StoreOptions } from '../store/db.js';
import { unitRepository } from '../store/units.js';
import { warmConnections } from '../store/warm.js';
import { demoDataset, seedsDataset } from '../demo/dataset.js';
import { loadDemo, type DemoLoadResult } from './demo.js';
import { evaluationService } from './evaluations.js';
import { ensureFrameworks } from './frameworks.js';
import { onlyOne } from './units.js';

export interface Services {
  store: Store;
  /** System-level reads for the CLI (full rights; the HTTP API uses actor-scoped services). */
  evaluations: {
    findByUnitAndYear(unitNameOrCode: string, year: number, projectCode?: string | null): Promise<Evaluation | null>;
    listForSubtree(rootUnitNameOrCode: string | null, year: number): Promise<Evaluation[]>;
  };
  /** The demo data set; `seedsOnly`: just the two seed reports, without the 示例 counties. */
  loadDemo(opts?: { seedsOnly?: boolean }): Promise<DemoLoadResult>;
  /** Plans the save statements on the connections the pool keeps (a server, before it listens). */
  warm(): Promise<number>;
  close(): Promise<void>;
}

export async function openServices(options: StoreOptions & { demo?: boolean } = {}): Promise<Services> {
  const store = await openStore(options);
  try {
    await ensureFrameworks(store.db, BUILTIN_FRAMEWORKS);
    await migrateLegacyKeyProjectCodes(store.db);
  } catch (e) {
    await store.close();
    throw e;
  }
  const evaluations = evaluationService(store.db);
  const services: Services = {
    store,
    evaluations: {
      findByUnitAndYear: (name, year, projectCode = null) => evaluations.findByUnitAndYear(SYSTEM_ACTOR, name, year, projectCode),
      async listForSubtree(root, year) {
        let unitIds: string[] | undefined;
        if (root !== null) {
          const found = await unitRepository(store.db).findByAnyName(root);
          if (found.length === 0) return [];
          const unit = onlyOne(root, found);
          unitIds = await unitRepository(store.db).subtreeIds(unit.id, year);
        }
        const headers = unitIds
          ? await evaluations.list(SYSTEM_ACTOR, { year }).then((hs) => hs.filter((h) => unitIds!.includes(h.unitId)))
          : await evaluations.list(SYSTEM_ACTOR, { year });
        const out: Evaluation[] = [];
        for (const h of headers) out.push(await evaluations.get(SYSTEM_ACTOR, h.id));
        return out;
      },
    },
    loadDemo: (opts) => loadDemo(store.db, BUILTIN_FRAMEWORKS, opts?.seedsOnly ? seedsDataset : demoDataset),
    warm: () => warmConnections(store),
    close: () => store.close(),
  };
  if (options.demo) await services.loadDemo();
  return services;
}
