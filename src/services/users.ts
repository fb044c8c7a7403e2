// User administration (用户管理): an admin lists, creates and edits the users of its subtree and
// their grants. Every check is here (domain/userAdmin.ts decides); every change is one
// transaction with its audit entry; edits carry the version the admin saw (409 when stale).
import { isAdmin, type Actor, type Grant, type UnitLineage } from '../domain/access.js';
import { adminRoots, mayAdministerGrant, mayAdministerUser, sameGrants, sortGrants, userProblems } from '../domain/userAdmin.js';
import type { ManagedUser } from '../domain/wire.js';
import { auditRepository } from '../store/audit.js';
import type { Db, DbOrTx } from '../store/db.js';
import { sessionRepository, userRepository } from '../store/users.js';
import { userDirectory, type DirectoryUser } from '../store/userDirectory.js';
import { unitRepository } from '../store/units.js';
import { passwordProblem } from './account.js';
import { hashPassword } from './auth.js';
import { ServiceError, forbidden, notFound } from './errors.js';
import { lineageOf } from './lineage.js';
import type { NewUser, UserChange } from '../domain/requests.js';
export type { NewUser, UserChange };

export type { ManagedUser };

const thisYear = () => new Date().getFullYear();

export function userAdminService(db: Db) {
  const requireAdmin = (actor: Actor) => {
    if (actor.kind !== 'system' && !isAdmin(actor)) throw forbidden('只有管理员可以管理用户 / only an admin manages users');
  };

  /** Each grant's unit lineage (null: deployment-wide); `seen` carries them across the users of one page. */
  async function lineages(tx: DbOrTx, grants: Grant[], seen = new Map<string, UnitLineage>()): Promise<(UnitLineage | null)[]> {
    const out: (UnitLineage | null)[] = [];
    for (const g of grants) {
      if (g.unitId === null) {
        out.push(null);
        continue;
      }
      let l = seen.get(g.unitId);
      if (!l) {
        if (!(await unitRepository(tx).byId(g.unitId))) throw new ServiceError('invalid', `未知单位 / unknown unit: ${g.unitId}`);
        l = await lineageOf(tx, g.unitId, thisYear());
        seen.set(g.unitId, l);
      }
      out.push(l);
    }
    return out;
  }

  async function manageable(actor: Actor, u: DirectoryUser, tx: DbOrTx = db, seen?: Map<string, UnitLineage>): Promise<boolean> {
    return mayAdministerUser(
      actor,
      (await lineages(tx, u.grants, seen)).map((unit) => ({ unit })),
    );
  }

  /** Every new grant must lie inside the actor's subtrees. */
  async function checkGrants(actor: Actor, tx: DbOrTx, grants: Grant[]) {
    const ls = await lineages(tx, grants);
    const outside = grants.filter((_, i) => !mayAdministerGrant(actor, ls[i]!));
    if (outside.length)
      throw forbidden(`不能授予管理范围以外的角色 / grants outside your scope: ${outside.map((g) => `${g.role}@${g.unitId ?? '*'}`).join(', ')}`);
  }

  const firstUnit = (grants: Grant[]) => grants.find((g) => g.unitId !== null)?.unitId ?? null;
  const clean = (grants: Grant[]) => sortGrants(grants.map((g) => ({ role: g.role, unitId: g.unitId })));

  return {
    async list(actor: Actor, query: { q?: string; limit: number; offset: number }): Promise<{ users: ManagedUser[]; total: number }> {
      requireAdmin(actor);
      const roots = adminRoots(actor);
      const page = await userDirectory(db).list({ ...query, roots: roots.includes(null) ? null : (roots as string[]), year: thisYear() });
      const users: ManagedUser[] = [];
      // most users of a page share a few units: look each one up once
      const seen = new Map<string, UnitLineage>();
      for (const u of page.users) users.push({ ...u, manageable: await manageable(actor, u, db, seen) });
      return { users, total: page.total };
    },

    async get(actor: Actor, id: string): Promise<ManagedUser> {
      requireAdmin(actor);
      const u = await userDirectory(db).byId(id);
      // A user outside every subtree the admin holds does not exist for it.
      const roots = adminRoots(actor);
      const visible = u && (roots.includes(null) || (await lineages(db, u.grants)).some((l) => l !== null && mayAdministerGrant(actor, l)));
      if (!u || !visible) throw notFound(`user ${id}`);
      return { ...u, manageable: await manageable(actor, u) };
    },

    async create(actor: Actor, input: NewUser): Promise<ManagedUser> {
      requireAdmin(actor);
      const grants = clean(input.grants);
      // Scope first (nothing is learned from validation), then every problem at once.
      await checkGrants(actor, db, grants);
      const problems = userProblems({ ...input, grants });
      const weak = passwordProblem(input.password, input.username, '初始密码');
      if (weak) problems.push(weak);
      if (grants.length === 0 && !adminRoots(actor).includes(null)) problems.push('请至少授予一个角色 / give the user at least one role');
      const taken = input.username !== '' && (await userDirectory(db).usernameTaken(input.username));
      if (taken && problems.length === 0) throw new ServiceError('conflict', `用户名已存在 / username taken: ${input.username}`);
      if (taken) problems.push(`用户名已存在 / username taken: ${input.username}`);
      if (problems.length) throw new ServiceError('invalid', problems.join('；'), { problems });
      const passwordHash = await hashPassword(input.password);
      const id = await db.transaction(async (tx) => {
        if (await userDirectory(tx).usernameTaken(input.username)) throw new ServiceError('conflict', `用户名已存在 / username taken: ${input.username}`);
        const id = await userRepository(tx)
          .insert({ username: input.username, displayName: input.displayName.trim(), passwordHash, mustChangePassword: true })
          .catch((e: unknown) => {
            // two admins creating the same name at once: the unique index decides
            if ((e as { code?: string; cause?: { code?: string } }).code === '23505' || (e as { cause?: { code?: string } }).cause?.code === '23505')
              throw new ServiceError('conflict', `用户名已存在 / username taken: ${input.username}`);
            throw e;
          });
        await userDirectory(tx).replaceGrants(id, grants);
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: 'user.create',
            entity: 'user',
            entityId: id,
            unitId: firstUnit(grants),
            after: { username: input.username, displayName: input.displayName.trim(), grants },
          },
        ]);
        return id;
      });
      return { ...(await userDirectory(db).byId(id))!, manageable: true };
    },

    /** Name, disabled and the grant set; disabling ends the user's sessions in the same transaction. */
    async update(actor: Actor, id: string, change: UserChange): Promise<ManagedUser> {
      requireAdmin(actor);
      const grants = clean(change.grants);
      return db.transaction(async (tx) => {
        const dir = userDirectory(tx);
        const before = await dir.byId(id);
        if (!before) throw notFound(`user ${id}`);
        if (!(await manageable(actor, before, tx))) throw forbidden('该用户不在您的管理范围内 / user outside your scope');
        const problems = userProblems({ username: before.username, displayName: change.displayName, grants });
        if (problems.length) throw new ServiceError('invalid', problems.join('；'), { problems });
        if (grants.length === 0 && !adminRoots(actor).includes(null)) throw new ServiceError('invalid', '请至少保留一个角色 / keep at least one role');
        const grantsChanged = !sameGrants(before.grants, grants);
        if (id === actor.userId && (change.disabled || grantsChanged))
          throw new ServiceError('invalid', '不能停用自己或修改自己的角色，请另一位管理员操作 / ask another admin to change your own roles or disable you');
        if (grantsChanged) await checkGrants(actor, tx, grants);
        const version = await dir.update(id, change.version, { displayName: change.displayName.trim(), disabled: change.disabled });
        if (version === null) {
          throw new ServiceError('conflict', '该用户已被他人修改，请刷新后再改 / changed by someone else', { current: { ...before, manageable: true } });
        }
        if (grantsChanged) await dir.replaceGrants(id, grants);
        if (change.disabled && !before.disabled) await sessionRepository(tx).revokeAllFor(id);
        const after = { displayName: change.displayName.trim(), disabled: change.disabled, grants };
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: change.disabled && !before.disabled ? 'user.disable' : 'user.update',
            entity: 'user',
            entityId: id,
            unitId: firstUnit(grants) ?? firstUnit(before.grants),
            before: { displayName: before.displayName, disabled: before.disabled, grants: clean(before.grants) },
            after,
          },
        ]);
        return { ...before, ...after, grants: (await dir.byId(id))!.grants, version, manageable: true };
      });
    },
  };
}

export type UserAdminService = ReturnType<typeof userAdminService>;
