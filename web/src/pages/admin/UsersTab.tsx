// 用户: the users this admin may see (a grant in its subtrees; everyone for a deployment-wide
// admin), searched by username or name and paged on the server. A user with a role outside the
// admin's scope reads only: its buttons are off and a tooltip says why.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Grid, Input, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { listUsers } from '../../api.js';
import { useI18n } from '../../i18n/index.js';
import { useLoad } from '../../lib/useLoad.js';
import { GrantTags } from './GrantTags.js';
import { useAdt } from './i18n.js';
import type { ManagedUser } from './model.js';
import { PasswordReset } from './PasswordReset.js';
import { UserForm, type FormTarget } from './UserForm.js';

const PAGE = 20;

export function UsersTab(props: { selfId: string | undefined; deploymentAdmin: boolean }) {
  const adt = useAdt();
  const { lang } = useI18n();
  // a phone: one column per user (a 900 px table put 编辑 and 重置密码 off screen)
  const phone = Grid.useBreakpoint().md === false;
  const size = phone ? 'large' : 'small';
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const list = useLoad(() => listUsers({ q, limit: PAGE, offset: (page - 1) * PAGE }), [q, page]);
  const [target, setTarget] = useState<FormTarget | null>(null);
  const [resetting, setResetting] = useState<ManagedUser | null>(null);

  // Off for a read-only user, with the reason on hover (a disabled button gets no hover: the span does).
  const guarded = (u: ManagedUser, label: string, onClick: () => void) =>
    u.manageable ? (
      <Button size={size} type="link" onClick={onClick} aria-label={`${label} ${u.username}`}>
        {label}
      </Button>
    ) : (
      <Tooltip title={adt('adm.readOnly')}>
        <span data-readonly="true">
          <Button size={size} type="link" disabled aria-label={`${label} ${u.username}`}>
            {label}
          </Button>
        </span>
      </Tooltip>
    );

  const status = (disabled: boolean) => (
    <Tag color={disabled ? 'default' : 'green'} data-user-status={disabled ? 'disabled' : 'active'}>
      {adt(disabled ? 'adm.status.disabled' : 'adm.status.active')}
    </Tag>
  );
  const phoneColumns: ColumnsType<ManagedUser> = [
    {
      title: adt('adm.col.username'),
      key: 'user',
      render: (_, u) => (
        <div style={{ display: 'grid', gap: 6, minWidth: 0 }}>
          <Space size={4} wrap>
            <Typography.Text strong>{u.username}</Typography.Text>
            {u.id === props.selfId && <Tag color="blue">{adt('adm.self')}</Tag>}
            <span>{u.displayName}</span>
            {status(u.disabled)}
          </Space>
          <GrantTags grants={u.grants} />
          <Space size={0} wrap>
            {guarded(u, adt('adm.edit'), () => setTarget({ kind: 'edit', user: u }))}
            {guarded(u, adt('adm.resetPassword'), () => setResetting(u))}
          </Space>
        </div>
      ),
    },
  ];
  const columns: ColumnsType<ManagedUser> = [
    {
      title: adt('adm.col.username'),
      dataIndex: 'username',
      width: 180,
      render: (v: string, u) => (
        <Space size={4}>
          <Typography.Text strong>{v}</Typography.Text>
          {u.id === props.selfId && <Tag color="blue">{adt('adm.self')}</Tag>}
        </Space>
      ),
    },
    { title: adt('adm.col.displayName'), dataIndex: 'displayName', width: 180 },
    { title: adt('adm.col.grants'), key: 'grants', render: (_, u) => <GrantTags grants={u.grants} /> },
    {
      title: adt('adm.col.status'),
      dataIndex: 'disabled',
      width: 90,
      render: (disabled: boolean) => status(disabled),
    },
    {
      title: adt('adm.col.actions'),
      key: 'actions',
      width: 190,
      render: (_, u) => (
        <Space size={0}>
          {guarded(u, adt('adm.edit'), () => setTarget({ kind: 'edit', user: u }))}
          {guarded(u, adt('adm.resetPassword'), () => setResetting(u))}
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <Input.Search
              aria-label={adt('adm.users.search')}
              placeholder={adt('adm.users.search')}
              allowClear
              size={phone ? 'large' : undefined}
              style={{ width: phone ? '100%' : 300 }}
              onSearch={(v) => {
                setQ(v.trim());
                setPage(1);
              }}
            />
            <Typography.Text type="secondary">{adt(props.deploymentAdmin ? 'adm.users.hintAll' : 'adm.users.hint')}</Typography.Text>
          </Space>
          <Button type="primary" size={phone ? 'large' : undefined} icon={<PlusOutlined />} onClick={() => setTarget({ kind: 'new' })}>
            {adt('adm.users.new')}
          </Button>
        </Space>
      </Card>
      {list.error && <Alert type="error" showIcon title={adt('adm.loadFailed', { message: list.error.message })} />}
      <Table<ManagedUser>
        key={lang}
        id="admin-users"
        size="small"
        rowKey="id"
        aria-label={adt('adm.tab.users')}
        columns={phone ? phoneColumns : columns}
        dataSource={list.data?.users ?? []}
        loading={list.loading}
        scroll={phone ? undefined : { x: 900 }}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => adt('adm.users.total', { n }),
          onChange: setPage,
        }}
      />
      {target && (
        <UserForm
          key={target.kind === 'edit' ? target.user.id : 'new'}
          target={target}
          selfId={props.selfId}
          mayGrantAll={props.deploymentAdmin}
          onClose={() => setTarget(null)}
          onSaved={() => {
            setTarget(null);
            void list.reload();
          }}
        />
      )}
      {resetting && <PasswordReset user={resetting} onClose={() => setResetting(null)} />}
    </Space>
  );
}
