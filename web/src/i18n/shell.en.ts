// English texts of the page frame (keys of shell.zh.ts).
import type { ShellKey } from './shell.zh.js';

export const shellEn: Record<ShellKey, string> = {
  'shell.openMenu': 'Open menu',
  'shell.menu': 'Menu',
  'shell.account': 'My account',
  'shell.site': 'jixiao self-evaluation',
  'shell.page.review': 'Review',
  'shell.page.editor': 'Self-evaluation',
  'shell.page.login': 'Log in',
  'shell.page.notFound': 'Page not found',
  'shell.page.public': 'Published results',
  'shell.year': '{year}',
};
