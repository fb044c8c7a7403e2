// Header: navigation, the user's unit and role, language switch, logout.
import { AimOutlined, ApartmentOutlined, AuditOutlined, BarChartOutlined, DesktopOutlined, FundOutlined, LogoutOutlined, PartitionOutlined, SettingOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, ConfigProvider, Grid, Layout, Menu, Segmented, Space, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from './auth.js';
import { mayLeave } from './lib/useLeaveWarning.js';
import { useI18n, type Lang } from './i18n/index.js';
import { useAt } from './pages/audit/i18n.js';
import { useFt } from './pages/frameworks/i18n.js';
import { usePt } from './pages/plan/i18n.js';

export function AppLayout({ children }: { children: ReactNode }) {
  const { user, logout } = useAuth();
  const { t, lang, setLang } = useI18n();
  // in-app links ask before leaving unsaved edits behind (the tab's close/reload asks on its own)
  const guard = (e: { preventDefault(): void }) => {
    if (!mayLeave(t('leave.confirm'))) e.preventDefault();
  };
  const at = useAt();
  const ft = useFt();
  const pt = usePt();
  const navigate = useNavigate();
  const location = useLocation();
  const selected = location.pathname.startsWith('/units') ? 'units' : location.pathname.startsWith('/dashboard') ? 'dashboard' : location.pathname.startsWith('/import') ? 'import' : location.pathname.startsWith('/audit') ? 'audit' : location.pathname.startsWith('/frameworks') ? 'frameworks' : location.pathname.startsWith('/admin') ? 'admin' : location.pathname.startsWith('/targets') ? 'targets' : location.pathname.startsWith('/monitoring') ? 'monitoring' : location.pathname === '/' ? 'workbench' : '';
  const grant = user?.roles[0];
  // A phone (< 768 px): the menu folds into its "⋯", the unit/role tags give way to the name, and
  // 退出登录 is its icon, so nothing runs off the screen.
  const narrow = Grid.useBreakpoint().md === false;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 8, paddingInline: narrow ? 8 : 16, background: '#fff', borderBottom: '1px solid #eee' }}>
        <Link to="/" onClick={guard} style={{ fontWeight: 600, fontSize: 18, color: '#b5232f', whiteSpace: 'nowrap' }}>
          {t('appName')}
        </Link>
        {/* narrower items: six English labels fit at 1366 px instead of folding into "⋯" */}
        <ConfigProvider theme={{ components: { Menu: { itemPaddingInline: 10 } } }}>
        <Menu
          mode="horizontal"
          aria-label={t('nav.menu')}
          selectedKeys={[selected]}
          style={{ flex: 1, minWidth: 0, borderBottom: 'none' }}
          items={[
            { key: 'workbench', icon: <DesktopOutlined />, label: <Link to="/" onClick={guard}>{t('nav.workbench')}</Link> },
            { key: 'units', icon: <ApartmentOutlined />, label: <Link to="/units" onClick={guard}>{t('nav.units')}</Link> },
            // one entry for the year before the report (issue 15), so the header still fits at 1366 px
            {
              key: 'plan',
              icon: <FundOutlined />,
              label: pt('nav.plan'),
              children: [
                { key: 'targets', icon: <AimOutlined />, label: <Link to="/targets" onClick={guard}>{pt('nav.targets')}</Link> },
                { key: 'monitoring', icon: <FundOutlined />, label: <Link to="/monitoring" onClick={guard}>{pt('nav.monitoring')}</Link> },
              ],
            },
            { key: 'dashboard', icon: <BarChartOutlined />, label: <Link to="/dashboard" onClick={guard}>{t('nav.dashboard')}</Link> },
            { key: 'import', icon: <UploadOutlined />, label: <Link to="/import" onClick={guard}>{t('nav.import')}</Link> },
            { key: 'audit', icon: <AuditOutlined />, label: <Link to="/audit" onClick={guard}>{at('audit.nav')}</Link> },
            { key: 'frameworks', icon: <PartitionOutlined />, label: <Link to="/frameworks" onClick={guard}>{ft('fw.nav')}</Link> },
            // only for an admin grant (any unit); the page itself says 无权限 to anyone else
            ...(user?.roles.some((g) => g.role === 'admin') ? [{ key: 'admin', icon: <SettingOutlined />, label: <Link to="/admin" onClick={guard}>{t('nav.admin')}</Link> }] : []),
          ]}
        />
        </ConfigProvider>
        <Space size="small" wrap={false}>
          <span data-testid="current-user">
            <Link to="/account" onClick={guard} title={t('header.account')} style={{ color: 'inherit' }}>
              <Typography.Text strong ellipsis={narrow} style={narrow ? { maxWidth: 96, verticalAlign: 'middle' } : undefined}>{user?.displayName}</Typography.Text>
            </Link>
            {!narrow && user?.roles.map((g, i) => (
              <Tag key={i} style={{ marginInlineStart: 8 }} aria-label={`${t('header.unit')} ${g.unitName ?? t('header.allUnits')} ${t('header.role')} ${t(`role.${g.role}`)}`}>
                {g.unitName ?? t('header.allUnits')} · {t(`role.${g.role}`)}
              </Tag>
            ))}
            {!grant && null}
          </span>
          <Segmented<Lang>
            aria-label={t('lang.label')}
            size="small"
            value={lang}
            onChange={setLang}
            options={[
              { label: '中文', value: 'zh' },
              { label: 'English', value: 'en' },
            ]}
          />
          {/* English labels are longer: there the button is its icon (named for screen readers), so every menu entry fits at 1366 px */}
          <Tooltip title={lang === 'en' || narrow ? t('logout') : undefined}>
            <Button
              icon={<LogoutOutlined />}
              aria-label={t('logout')}
              onClick={async () => {
                if (!mayLeave(t('leave.confirm'))) return;
                await logout();
                navigate('/login');
              }}
            >
              {lang === 'zh' && !narrow ? t('logout') : null}
            </Button>
          </Tooltip>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: narrow ? 8 : 16 }}>{children}</Layout.Content>
    </Layout>
  );
}
