// 中文 texts of the page frame: the phone menu and the browser tab's title (document.title).
export const shellZh = {
  'shell.openMenu': '打开菜单',
  'shell.menu': '菜单',
  'shell.account': '我的账户',
  'shell.site': '绩效自评 jixiao',
  'shell.page.review': '审核',
  'shell.page.editor': '自评编辑',
  'shell.page.login': '登录',
  'shell.page.notFound': '页面不存在',
  'shell.page.public': '公开的自评结果',
  'shell.year': '{year}年',
};
export type ShellKey = keyof typeof shellZh;
