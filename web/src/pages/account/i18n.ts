// t() for 我的账户 (both languages here, in this lazily loaded chunk).
import { useDictionary } from '../../i18n/index.js';

export const accountZh = {
  'acc.title': '我的账户',
  'acc.who': '用户名',
  'acc.roles': '角色',
  'acc.allUnits': '全部单位',
  'acc.pw.title': '修改密码',
  'acc.pw.current': '当前密码',
  'acc.pw.new': '新密码',
  'acc.pw.confirm': '再次输入新密码',
  'acc.pw.help': '至少 10 位，不能包含用户名。修改后，您在其他设备上的登录会退出，本页保持登录。',
  'acc.pw.mismatch': '两次输入的新密码不一致',
  'acc.pw.required': '请填写此项',
  'acc.pw.submit': '修改密码',
  'acc.pw.done': '密码已修改，其他 {n} 个会话已退出',
  'acc.pw.doneAlone': '密码已修改',
  'acc.sessions.title': '登录会话',
  'acc.sessions.body': '如果在别人的电脑上登录过，或怀疑密码泄露，可以退出所有会话（包括本页），然后重新登录。',
  'acc.sessions.button': '退出所有会话',
  'acc.sessions.confirm': '确定退出所有会话吗？本页也会退出。',
  'acc.sessions.ok': '退出',
  'acc.cancel': '取消',
  'acc.failed': '操作失败：{message}',
  'acc.mustChange': '您的密码由管理员设置。请先修改密码，然后才能使用系统的其他功能。',
} as const;

export type AccountKey = keyof typeof accountZh;

export const accountEn: Record<AccountKey, string> = {
  'acc.title': 'My account',
  'acc.who': 'Username',
  'acc.roles': 'Roles',
  'acc.allUnits': 'All units',
  'acc.pw.title': 'Change password',
  'acc.pw.current': 'Current password',
  'acc.pw.new': 'New password',
  'acc.pw.confirm': 'New password again',
  'acc.pw.help': 'At least 10 characters, not containing your username. Your sign-ins on other devices end; this page stays signed in.',
  'acc.pw.mismatch': 'The two new passwords differ',
  'acc.pw.required': 'Required',
  'acc.pw.submit': 'Change password',
  'acc.pw.done': 'Password changed; {n} other sessions ended',
  'acc.pw.doneAlone': 'Password changed',
  'acc.sessions.title': 'Sessions',
  'acc.sessions.body': 'If you signed in on someone else’s computer, or think your password is known, end every session (this one too) and sign in again.',
  'acc.sessions.button': 'Log out everywhere',
  'acc.sessions.confirm': 'End every session? This page signs out too.',
  'acc.sessions.ok': 'Log out',
  'acc.cancel': 'Cancel',
  'acc.failed': 'Failed: {message}',
  'acc.mustChange': 'An administrator set your password. Change it before using the rest of the system.',
};

export const useAct = () => useDictionary(accountZh, accountEn);
