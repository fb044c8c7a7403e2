// Deployment settings and submission deadlines (管理员). Both apply to the whole deployment, so
// only a deployment-wide admin may change them; every change is compare-and-set and lands in one
// transaction with its audit entry.
import { isDeploymentAdmin, type Actor } from '../domain/access.js';
import { auditRepository } from '../store/audit.js';
import type { Db, DbOrTx } from '../store/db.js';
import { DEFAULT_THRESHOLDS, MonitoringInputError, validateThresholdSetting, type Thresholds } from '../domain/monitoring/index.js';
import { settingsRepository, type DeadlineRow } from '../store/settings.js';
import { ServiceError, forbidden } from './errors.js';
import { defaultThresholds, THRESHOLDS_SETTING } from './monitoring.js';
import type { DeadlineInput } from '../domain/requests.js';
import type { DeploymentSettings } from '../domain/wire.js';
export type { DeadlineInput };

export type Settings = DeploymentSettings;
const DEFAULTS: Settings = { requireChildrenApproved: false };

function requireDeploymentAdmin(actor: Actor) {
  if (!isDeploymentAdmin(actor)) throw forbidden('只有全局管理员可以修改部署设置和截止日期 / deployment-wide admin only');
}

export async function readSettings(db: DbOrTx): Promise<Settings> {
  const v = await settingsRepository(db).get('requireChildrenApproved');
  return { requireChildrenApproved: typeof v === 'boolean' ? v : DEFAULTS.requireChildrenApproved };
}

export function settingsService(db: Db) {
  return {
    async settings(actor: Actor): Promise<Settings> {
      requireDeploymentAdmin(actor);
      return readSettings(db);
    },

    /** `previous`: the settings the client saw; a different stored value → 409 with the current ones. */
    async updateSettings(actor: Actor, next: Settings, previous: Settings): Promise<Settings> {
      requireDeploymentAdmin(actor);
      return db.transaction(async (tx) => {
        const repo = settingsRepository(tx);
        const stored = await repo.get('requireChildrenApproved');
        // An absent row reads as the default: compare against what is actually stored.
        const expected =
          stored === undefined && previous.requireChildrenApproved === DEFAULTS.requireChildrenApproved ? undefined : previous.requireChildrenApproved;
        if (!(await repo.compareAndSet('requireChildrenApproved', expected, next.requireChildrenApproved))) {
          throw new ServiceError('conflict', '设置已被他人修改，请刷新后再改 / settings were changed by someone else', { current: await readSettings(tx) });
        }
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: 'settings.update',
            entity: 'settings',
            entityId: 'requireChildrenApproved',
            unitId: null,
            before: previous,
            after: next,
          },
        ]);
        return next;
      });
    },

    /** 运行监控预警阈值: what new monitoring rounds take (a round keeps the thresholds it opened with). */
    async monitoringThresholds(actor: Actor): Promise<Thresholds & { defaults: Thresholds }> {
      requireDeploymentAdmin(actor);
      return { ...(await defaultThresholds(db)), defaults: DEFAULT_THRESHOLDS };
    },

    async updateMonitoringThresholds(actor: Actor, next: unknown, previous: Thresholds): Promise<Thresholds> {
      requireDeploymentAdmin(actor);
      let value: Thresholds;
      try {
        value = validateThresholdSetting(next);
      } catch (e) {
        if (e instanceof MonitoringInputError) throw new ServiceError('invalid', e.message);
        throw e;
      }
      return db.transaction(async (tx) => {
        const repo = settingsRepository(tx);
        const stored = await repo.get(THRESHOLDS_SETTING);
        const current = await defaultThresholds(tx);
        // What the client saw must be what is in force now (an absent row reads as the defaults).
        let same = false;
        try {
          const seen = validateThresholdSetting(previous);
          same = seen.yellow === current.yellow && seen.red === current.red;
        } catch {
          same = false; // a malformed `previous` never matches: the client gets the current values
        }
        if (!same || !(await repo.compareAndSet(THRESHOLDS_SETTING, stored, value))) {
          throw new ServiceError('conflict', '预警阈值已被他人修改，请刷新后再改 / the thresholds were changed by someone else', {
            current: await defaultThresholds(tx),
          });
        }
        await auditRepository(tx).append([
          { userId: actor.userId, action: 'settings.update', entity: 'settings', entityId: THRESHOLDS_SETTING, unitId: null, before: current, after: value },
        ]);
        return value;
      });
    },

    async deadlines(actor: Actor, year?: number): Promise<DeadlineRow[]> {
      requireDeploymentAdmin(actor);
      return settingsRepository(db).deadlines(year);
    },

    async setDeadline(actor: Actor, input: DeadlineInput): Promise<DeadlineRow[]> {
      requireDeploymentAdmin(actor);
      const { year, level, dueDate, previous } = input;
      await db.transaction(async (tx) => {
        const repo = settingsRepository(tx);
        if (!(await repo.setDeadline(year, level, previous, dueDate))) {
          throw new ServiceError('conflict', '截止日期已被他人修改，请刷新后再改 / the deadline was changed by someone else', {
            current: await repo.deadline(year, level),
          });
        }
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: dueDate === null ? 'deadline.remove' : 'deadline.set',
            entity: 'deadline',
            entityId: `${year}/${level}`,
            unitId: null,
            before: { dueDate: previous },
            after: { dueDate },
          },
        ]);
      });
      return settingsRepository(db).deadlines(year);
    },
  };
}

export type SettingsService = ReturnType<typeof settingsService>;
