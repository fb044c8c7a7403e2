// t() for the audit screen, following the app's language; labels for action codes.
import { auditEn } from '../../i18n/audit.en.js';
import { auditZh, type AuditKey } from '../../i18n/audit.zh.js';
import { useDictionary } from '../../i18n/index.js';

export type AT = (key: AuditKey, vars?: Record<string, string | number>) => string;

export const useAt = (): AT => useDictionary(auditZh, auditEn);

/** Filter choices: whole families end in '.', the server matches them as prefixes. */
export const ACTIONS = [
  'evaluation.',
  'evaluation.save',
  'evaluation.submit',
  'evaluation.return',
  'evaluation.approve',
  'evaluation.reopen',
  'evaluation.publish',
  'evaluation.checkPass',
  'evaluation.checkReturn',
  'evaluation.import',
  'comment.',
  'comment.create',
  'comment.resolve',
  'session.login',
  'session.loginFailed',
  'session.logout',
  'user.',
  'user.create',
  'user.update',
  'user.disable',
  'user.import',
  'user.passwordChange',
  'user.passwordReset',
  'framework.',
  'unit.create',
  'unit.move',
  'unit.merge',
  'unit.update',
  'unit.retire',
  'settings.update',
  'deadline.set',
  'deadline.remove',
];

/** A label for an action code; an unknown code (a new kind of entry) shows as itself. */
export function actionLabel(at: AT, code: string): string {
  const key = `act.${code}` as AuditKey;
  const s = at(key);
  return s === key ? code : s;
}

/** A label for an entity kind; unknown kinds show as themselves. */
export function entityLabel(at: AT, entity: string): string {
  const key = `ent.${entity}` as AuditKey;
  const s = at(key);
  return s === key ? entity : s;
}
