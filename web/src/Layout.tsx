// Header: navigation, the user's unit and role, language switch, logout. On a phone (< 768 px) the
// menu, the language and 退出登录 (with its label) live in a drawer opened by ☰, so nothing runs off
// the screen. The browser tab names the page (the editor names its tab and unit itself).
import {
  AimOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  DesktopOutlined,
  FundOutlined,
  LogoutOutlined,
  MenuOutlined,
  PartitionOutlined,
  SettingOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Button, ConfigProvider, Drawer, Grid, Layout, Menu, Space, Tag, Typography, type MenuProps } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from './auth.js';
import { mayLeave } from './lib/useLeaveWarning.js';
import { useDocumentTitle, useShellWords } from './lib/useDocumentTitle.js';
import { useI18n } from './i18n/index.js';
import { useAt } from './pages/audit/i18n.js';
import { useFt } from './pages/frameworks/i18n.js';
import { usePt } from './pages/plan/i18n.js';
import { LanguageSwitch } from './components/LanguageSwitch.js';

const SECTIONS = ['units', 'dashboard', 'import', 'audit', 'frameworks', 'admin', 'targets', 'monitoring'] as const;

/** The menu key of a path ('' when none). */
export function sectionOf(pathname: string): string {
  if (pathname === '/') return 'workbench';
  return SECTIONS.find((k) => pathname.startsWith(`/${k}`)) ?? '';
}

export function AppLayout({ children }: { children: ReactNode }) {
  const { user, logout } = useAuth();
  const { t, lang } = useI18n();
  // in-app links ask before leaving unsaved edits behind (the tab's close/reload asks on its own)
  const guard = (e: { preventDefault(): void }) => {
    if (!mayLeave(t('leave.confirm'))) e.preventDefault();
  };
  const at = useAt();
  const ft = useFt();
  const pt = usePt();
  const st = useShellWords();
  const navigate = useNavigate();
  const location = useLocation();
  const selected = sectionOf(location.pathname);
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  // English labels are longer: below 1600 px the menu drops its icons so every entry and 退出登录's
  // label ("Log out") fit in the header at 1366 px
  const icons = lang === 'zh' || screens.xxl === true || narrow;
  const icon = (node: ReactNode) => (icons ? node : undefined);
  const [drawer, setDrawer] = useState(false);
  useEffect(() => setDrawer(false), [location.pathname]);

  const label: Record<string, string> = {
    workbench: t('nav.workbench'),
    units: t('nav.units'),
    targets: pt('nav.targets'),
    monitoring: pt('nav.monitoring'),
    dashboard: t('nav.dashboard'),
    import: t('nav.import'),
    audit: at('audit.nav'),
    frameworks: ft('fw.nav'),
    admin: t('nav.admin'),
  };
  // the editor names its tab, unit and year itself
  const editor = /^\/evaluations\/[^/]+\/?$/.test(location.pathname);
  const page = selected
    ? label[selected]
    : location.pathname.startsWith('/account')
      ? st('shell.account')
      : /^\/evaluations\/[^/]+\/review/.test(location.pathname)
        ? st('shell.page.review')
        : '';
  useDocumentTitle(editor ? null : [page]);
  // every page's one h1 is its name (the editor's is its title, 我的账户's its visible title); the visible titles stay modest
  const ownHeading = editor || location.pathname.startsWith('/account');
  const heading = !ownHeading && page ? <h1 className="sr-only">{page}</h1> : null;

  const link = (to: string, key: string) => (
    <Link to={to} onClick={guard}>
      {label[key]}
    </Link>
  );
  const items: MenuProps['items'] = [
    { key: 'workbench', icon: icon(<DesktopOutlined />), label: link('/', 'workbench') },
    { key: 'units', icon: icon(<ApartmentOutlined />), label: link('/units', 'units') },
    // one entry for the year before the report (issue 15), so the header still fits at 1366 px
    {
      key: 'plan',
      icon: icon(<FundOutlined />),
      label: pt('nav.plan'),
      children: [
        { key: 'targets', icon: icon(<AimOutlined />), label: link('/targets', 'targets') },
        { key: 'monitoring', icon: icon(<FundOutlined />), label: link('/monitoring', 'monitoring') },
      ],
    },
    { key: 'dashboard', icon: icon(<BarChartOutlined />), label: link('/dashboard', 'dashboard') },
    { key: 'import', icon: icon(<UploadOutlined />), label: link('/import', 'import') },
    { key: 'audit', icon: icon(<AuditOutlined />), label: link('/audit', 'audit') },
    { key: 'frameworks', icon: icon(<PartitionOutlined />), label: link('/frameworks', 'frameworks') },
    // only for an admin grant (any unit); the page itself says 无权限 to anyone else
    ...(user?.roles.some((g) => g.role === 'admin') ? [{ key: 'admin', icon: icon(<SettingOutlined />), label: link('/admin', 'admin') }] : []),
  ];
  const grants = user?.roles.map((g, i) => (
    <Tag
      key={i}
      // a long unit name is cut in the top bar (full on hover): uncut, it pushed the menu into “⋯” at 1366 px
      style={narrow ? { marginInlineStart: 0 } : { marginInlineStart: 8, maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'middle' }}
      title={narrow ? undefined : `${g.unitName ?? t('header.allUnits')} · ${t(`role.${g.role}`)}`}
      aria-label={`${t('header.unit')} ${g.unitName ?? t('header.allUnits')} ${t('header.role')} ${t(`role.${g.role}`)}`}
    >
      {g.unitName ?? t('header.allUnits')} · {t(`role.${g.role}`)}
    </Tag>
  ));
  const userName = (
    <Link to="/account" onClick={guard} title={t('header.account')} style={{ color: 'inherit' }}>
      <Typography.Text strong ellipsis={narrow} style={narrow ? { maxWidth: 150, verticalAlign: 'middle' } : undefined}>
        {user?.displayName}
      </Typography.Text>
    </Link>
  );
  const language = <LanguageSwitch />;
  const signOut = async () => {
    if (!mayLeave(t('leave.confirm'))) return;
    await logout();
    navigate('/login');
  };

  if (narrow)
    return (
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 8, paddingInline: 8, background: '#fff', borderBottom: '1px solid #eee' }}>
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={st('shell.openMenu')}
            aria-expanded={drawer}
            aria-controls="app-menu-drawer"
            data-testid="menu-button"
            onClick={() => setDrawer(true)}
          />
          <Link to="/" onClick={guard} style={{ fontWeight: 600, fontSize: 18, color: '#b5232f', whiteSpace: 'nowrap' }}>
            {t('appName')}
          </Link>
          <span style={{ flex: 1 }} />
          <span data-testid="current-user" style={{ minWidth: 0 }}>
            {userName}
          </span>
        </Layout.Header>
        <Drawer
          open={drawer}
          onClose={() => setDrawer(false)}
          placement="left"
          size={Math.min(300, typeof window === 'undefined' ? 300 : window.innerWidth - 40)}
          title={st('shell.menu')}
          id="app-menu-drawer"
          styles={{ body: { padding: 0, display: 'flex', flexDirection: 'column' } }}
        >
          <div style={{ padding: '12px 16px', borderBottom: '1px solid #f0f0f0' }}>
            <div>{userName}</div>
            <Space size={[4, 4]} wrap style={{ marginTop: 4 }}>
              {grants}
            </Space>
          </div>
          <nav aria-label={t('nav.menu')}>
            <Menu
              mode="inline"
              selectedKeys={[selected]}
              defaultOpenKeys={selected === 'targets' || selected === 'monitoring' ? ['plan'] : []}
              style={{ borderInlineEnd: 'none' }}
              items={items}
              onClick={() => setDrawer(false)}
            />
          </nav>
          <Space orientation="vertical" style={{ padding: 16, marginTop: 'auto', borderTop: '1px solid #f0f0f0' }}>
            {language}
            <Button block icon={<LogoutOutlined />} onClick={signOut}>
              {t('logout')}
            </Button>
          </Space>
        </Drawer>
        <Layout.Content style={{ padding: 8 }}>
          {heading}
          {children}
        </Layout.Content>
      </Layout>
    );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 8, paddingInline: 16, background: '#fff', borderBottom: '1px solid #eee' }}>
        <Link to="/" onClick={guard} style={{ fontWeight: 600, fontSize: 18, color: '#b5232f', whiteSpace: 'nowrap' }}>
          {t('appName')}
        </Link>
        {/* narrower items: six English labels fit at 1366 px instead of folding into "⋯" */}
        <ConfigProvider theme={{ components: { Menu: { itemPaddingInline: 10 } } }}>
          <Menu mode="horizontal" aria-label={t('nav.menu')} selectedKeys={[selected]} style={{ flex: 1, minWidth: 0, borderBottom: 'none' }} items={items} />
        </ConfigProvider>
        <Space size="small" wrap={false}>
          <span data-testid="current-user">
            {userName}
            {grants}
          </span>
          {language}
          <Button icon={<LogoutOutlined />} onClick={signOut}>
            {t('logout')}
          </Button>
        </Space>
      </Layout.Header>
      {/* where the phone layout has its menu drawer: the page below keeps its place, so crossing the
          breakpoint (rotating a tablet) does not mount the page anew and drop what it holds */}
      {null}
      <Layout.Content style={{ padding: 16 }}>
        {heading}
        {children}
      </Layout.Content>
    </Layout>
  );
}
