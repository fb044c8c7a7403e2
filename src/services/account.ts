// Account use cases: change one's own password, an admin's reset, revoking sessions.
// Every change is audited; a new password ends the user's other sessions.
import { verify } from '@node-rs/argon2';
import { isAdmin, type Actor } from '../domain/access.js';
import { mayAdministerGrant, mayAdministerUser } from '../domain/userAdmin.js';
import { auditRepository } from '../store/audit.js';
import type { Db, DbOrTx } from '../store/db.js';
import { sessionRepository, userRepository } from '../store/users.js';
import { hashPassword } from './auth.js';
import { ServiceError, forbidden, notFound } from './errors.js';
import { lineageOf } from './lineage.js';

export const MIN_PASSWORD = 10;

/** Why a new password is refused, or null. `what` names it as the form does (新密码, 初始密码). */
export function passwordProblem(password: string, username: string, what = '新密码'): string | null {
  if (password.length < MIN_PASSWORD) return `${what}至少 ${MIN_PASSWORD} 位 / password: at least ${MIN_PASSWORD} characters`;
  if (password.length > 200) return `${what}过长 / password too long`;
  if (username && password.toLowerCase().includes(username.toLowerCase())) return `${what}不能包含用户名 / password must not contain the user name`;
  if (new Set(password).size < 4) return `${what}过于简单 / password too simple`;
  return null;
}

const revokeSessions = (db: DbOrTx, userId: string, keepSessionId: string | null) => sessionRepository(db).revokeAllFor(userId, keepSessionId);

export class WrongPasswordError extends ServiceError {
  constructor() {
    super('invalid', '原密码错误 / the current password is wrong', { error: 'wrongPassword' });
  }
}

export function accountService(db: Db) {
  const users = userRepository(db);

  /**
   * A unit-scoped admin may manage users whose every grant lies inside its subtree (domain/userAdmin.ts);
   * one with only some grants inside is visible but read-only; one with none inside is invisible.
   */
  async function scopeOver(actor: Actor, targetUserId: string): Promise<'manage' | 'readOnly' | 'invisible'> {
    const year = new Date().getFullYear();
    const grants = [];
    for (const g of await users.roles(targetUserId)) grants.push({ unit: g.unitId === null ? null : await lineageOf(db, g.unitId, year) });
    if (mayAdministerUser(actor, grants)) return 'manage';
    return grants.some((g) => g.unit !== null && mayAdministerGrant(actor, g.unit)) ? 'readOnly' : 'invisible';
  }

  return {
    /** Own password; other sessions end, the current one stays. Returns how many ended. */
    async changePassword(actor: Actor, currentSessionId: string, currentPassword: string, newPassword: string): Promise<number> {
      const user = actor.userId ? await users.byId(actor.userId) : null;
      if (!user) throw new ServiceError('unauthenticated', '请先登录 / login required');
      if (!(await verify(user.passwordHash, currentPassword))) throw new WrongPasswordError();
      const problem = passwordProblem(newPassword, user.username);
      if (problem) throw new ServiceError('invalid', problem);
      if (await verify(user.passwordHash, newPassword)) throw new ServiceError('invalid', '新密码不能与原密码相同 / must differ from the current password');
      const hash = await hashPassword(newPassword);
      return db.transaction(async (tx) => {
        await userRepository(tx).setPasswordHash(user.id, hash);
        const n = await revokeSessions(tx, user.id, currentSessionId);
        await auditRepository(tx).append([
          { userId: user.id, action: 'user.passwordChange', entity: 'user', entityId: user.id, unitId: null, after: { revokedSessions: n } },
        ]);
        return n;
      });
    },

    /** Admin reset: sets a new password and ends every session of that user. */
    async resetPassword(actor: Actor, targetUserId: string, newPassword: string): Promise<number> {
      if (!isAdmin(actor) && actor.kind !== 'system') throw forbidden('只有管理员可以重置密码 / only an admin may reset passwords');
      const target = await users.byId(targetUserId);
      if (!target) throw notFound(`user ${targetUserId}`);
      const scope = await scopeOver(actor, targetUserId);
      // a user this admin cannot even see answers like a missing one (as GET does): existence leaks nothing
      if (scope === 'invisible') throw notFound(`user ${targetUserId}`);
      if (scope === 'readOnly') throw forbidden('该用户不在您的管理范围内 / user outside your scope');
      const problem = passwordProblem(newPassword, target.username);
      if (problem) throw new ServiceError('invalid', problem);
      const hash = await hashPassword(newPassword);
      return db.transaction(async (tx) => {
        await userRepository(tx).setPasswordHash(target.id, hash, true); // the admin knows it: the user changes it first
        const n = await revokeSessions(tx, target.id, null);
        await auditRepository(tx).append([
          { userId: actor.userId, action: 'user.passwordReset', entity: 'user', entityId: target.id, unitId: null, after: { revokedSessions: n } },
        ]);
        return n;
      });
    },

    /**
     * Clears the failed-login delay of a user (after someone kept guessing its password): failures
     * count from this entry on. Same scope as a reset; audited.
     */
    async unlock(actor: Actor, targetUserId: string): Promise<{ username: string }> {
      if (!isAdmin(actor) && actor.kind !== 'system') throw forbidden('只有管理员可以解除登录限制 / only an admin may unlock');
      const target = await users.byId(targetUserId);
      if (!target) throw notFound(`user ${targetUserId}`);
      const scope = await scopeOver(actor, targetUserId);
      if (scope === 'invisible') throw notFound(`user ${targetUserId}`);
      if (scope === 'readOnly') throw forbidden('该用户不在您的管理范围内 / user outside your scope');
      await db.transaction((tx) =>
        auditRepository(tx).append([
          {
            userId: actor.userId,
            action: 'session.unlock',
            entity: 'session',
            entityId: target.username.trim().toLowerCase(),
            unitId: null,
            after: { userId: target.id },
          },
        ]),
      );
      return { username: target.username };
    },

    /** Ends every session of the actor, the current one included ("log out everywhere"). */
    async revokeAll(actor: Actor): Promise<number> {
      if (!actor.userId) throw new ServiceError('unauthenticated', '请先登录 / login required');
      return db.transaction(async (tx) => {
        const n = await revokeSessions(tx, actor.userId!, null);
        await auditRepository(tx).append([
          { userId: actor.userId, action: 'session.revokeAll', entity: 'session', entityId: null, unitId: null, after: { revoked: n } },
        ]);
        return n;
      });
    },
  };
}

export type AccountService = ReturnType<typeof accountService>;
