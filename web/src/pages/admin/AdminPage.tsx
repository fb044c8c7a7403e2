// 系统管理: users and units (any admin, within its subtrees) and, for a deployment-wide admin only, the
// deployment settings and deadlines. Anyone else gets a plain 无权限 page, not a broken screen.
// The tab is in the URL (?tab=settings), so a reload or a shared link opens the same tab.
import { Grid, Result, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth.js';
import { useAdt } from './i18n.js';
import { holdsAdmin, holdsDeploymentAdmin } from './model.js';
import { SettingsTab } from './SettingsTab.js';
import { UnitsTab } from './UnitsTab.js';
import { UsersTab } from './UsersTab.js';

export default function AdminPage() {
  const adt = useAdt();
  const phone = Grid.useBreakpoint().md === false;
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const deploymentAdmin = holdsDeploymentAdmin(user?.roles);

  if (!holdsAdmin(user?.roles)) {
    return <Result status="403" title={<span data-testid="admin-forbidden">{adt('adm.forbidden.title')}</span>} subTitle={adt('adm.forbidden.body')} />;
  }
  const asked = params.get('tab');
  const tab = asked === 'units' || (deploymentAdmin && asked === 'settings') ? asked : 'users';
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {adt('adm.title')}
      </Typography.Title>
      <Tabs
        // a phone: 40 px tabs (and the overflow menu's button)
        size={phone ? 'large' : undefined}
        activeKey={tab}
        onChange={(k) => setParams(k === 'users' ? {} : { tab: k }, { replace: true })}
        items={[
          { key: 'users', label: adt('adm.tab.users'), children: <UsersTab selfId={user?.id} deploymentAdmin={deploymentAdmin} /> },
          {
            key: 'units',
            label: adt('adm.tab.units'),
            children: <UnitsTab deploymentAdmin={deploymentAdmin} onUsers={() => setParams({}, { replace: true })} />,
          },
          ...(deploymentAdmin ? [{ key: 'settings', label: adt('adm.tab.settings'), children: <SettingsTab /> }] : []),
        ]}
      />
    </>
  );
}
