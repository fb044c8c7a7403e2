// What routes get: the services, built once per app over one store.
import { accountService } from '../services/account.js';
import { settingsService } from '../services/settings.js';
import { auditService } from '../services/audit.js';
import { authService, type SessionCache } from '../services/auth.js';
import { findingService } from '../services/findings.js';
import { importFileService } from '../services/importFile.js';
import { frameworkService } from '../services/frameworks.js';
import { fillingService } from '../services/filling.js';
import { evaluationService } from '../services/evaluations.js';
import { rollupService } from '../services/rollups.js';
import type { DataChanges } from '../services/dataChanges.js';
import { userAdminService } from '../services/users.js';
import { unitService } from '../services/units.js';
import { workbenchService } from '../services/workbench.js';
import { workflowService } from '../services/workflow.js';
import { reviewCommentService } from '../services/reviewComments.js';
import { monitoringService } from '../services/monitoring.js';
import { targetService } from '../services/targets.js';
import type { AppOptions } from './options.js';
import { readRouter } from './replicas.js';

export function buildContext(options: AppOptions, sessionCache: SessionCache | null = null, changes: DataChanges | null = null) {
  const db = options.store.db;
  // The primary's roll-ups keep their caches between changes; a replica's data lags the notices.
  const rollups = rollupService(db, changes);
  const reads = readRouter(
    options.store,
    (d) => ({ rollups: d === db ? rollups : rollupService(d), evaluations: evaluationService(d) }),
    Boolean(options.secureCookies),
  );
  return {
    /** Dashboards, the portal, exports and reports: on a replica when one has the session's writes. */
    read: reads.run,
    wrote: reads.wrote,
    store: options.store,
    demo: Boolean(options.demo),
    secureCookies: Boolean(options.secureCookies),
    account: accountService(db),
    admin: settingsService(db),
    audit: auditService(db),
    auth: authService(db, sessionCache),
    units: unitService(db),
    users: userAdminService(db),
    evaluations: evaluationService(db),
    filling: fillingService(db),
    frameworks: frameworkService(db),
    importer: importFileService(db),
    findings: findingService(db),
    workflow: workflowService(db),
    comments: reviewCommentService(db),
    workbench: workbenchService(db),
    rollups,
    targets: targetService(db),
    monitoring: monitoringService(db),
  };
}

export type AppContext = ReturnType<typeof buildContext>;
export interface RouteOptions {
  ctx: AppContext;
}
