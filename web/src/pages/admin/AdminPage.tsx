// 系统管理: users (any admin, within its subtrees) and, for a deployment-wide admin only, the
// deployment settings and deadlines. Anyone else gets a plain 无权限 page, not a broken screen.
// The tab is in the URL (?tab=settings), so a reload or a shared link opens the same tab.
import { Result, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth.js';
import { useAdt } from './i18n.js';
import { holdsAdmin, holdsDeploymentAdmin } from './model.js';
import { SettingsTab } from './SettingsTab.js';
import { UsersTab } from './UsersTab.js';

export default function AdminPage() {
  const adt = useAdt();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const deploymentAdmin = holdsDeploymentAdmin(user?.roles);

  if (!holdsAdmin(user?.roles)) {
    return <Result status="403" title={<span data-testid="admin-forbidden">{adt('adm.forbidden.title')}</span>} subTitle={adt('adm.forbidden.body')} />;
  }
  const tab = deploymentAdmin && params.get('tab') === 'settings' ? 'settings' : 'users';
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {adt('adm.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'users' ? {} : { tab: k }, { replace: true })}
        items={[
          { key: 'users', label: adt('adm.tab.users'), children: <UsersTab selfId={user?.id} deploymentAdmin={deploymentAdmin} /> },
          ...(deploymentAdmin ? [{ key: 'settings', label: adt('adm.tab.settings'), children: <SettingsTab /> }] : []),
        ]}
      />
    </>
  );
}
