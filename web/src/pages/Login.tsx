// Login. Demo accounts are listed only when the server says it runs the demo (GET /api/demo-info).
import { Alert, Button, Card, Form, Input, List, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import type { DemoInfo } from '../../../src/domain/wire.js';
import { getDemoInfo } from '../api.js';
import { useAuth } from '../auth.js';
import { useI18n } from '../i18n/index.js';
import { ROLES, type Role } from '../../../src/domain/access.js';
import { useDocumentTitle, useShellWords } from '../lib/useDocumentTitle.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';

export function LoginPage() {
  const { t, lang } = useI18n();
  const { user, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [demo, setDemo] = useState<DemoInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ username: string; password: string }>();
  const st = useShellWords();
  useDocumentTitle([st('shell.page.login')]);

  useEffect(() => {
    getDemoInfo().then(setDemo, () => setDemo(null));
  }, []);

  const roleLabel = (r: string) => ((ROLES as readonly string[]).includes(r) ? t(`role.${r as Role}`) : r);
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  if (user) return <Navigate to={from} replace />;

  const onFinish = async (v: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await login(v.username, v.password);
      navigate(from, { replace: true });
    } catch (e) {
      setError(t('login.failed', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f5f5f5', gap: 24, flexWrap: 'wrap' }}>
      <Card
        title={
          <Typography.Title level={1} style={{ margin: 0, fontSize: lang === 'en' ? 20 : 24 }}>
            {t('appName')} · <span style={{ whiteSpace: 'nowrap' }}>{t('login.title')}</span>
          </Typography.Title>
        }
        extra={<LanguageSwitch />}
        style={{ width: 400 }}
        styles={{ title: { whiteSpace: 'normal' } }}
      >
        <Form form={form} layout="vertical" onFinish={onFinish} aria-label={t('login.title')}>
          <Form.Item label={t('login.username')} name="username" rules={[{ required: true }]}>
            <Input autoComplete="username" aria-label={t('login.username')} />
          </Form.Item>
          <Form.Item label={t('login.password')} name="password" rules={[{ required: true }]}>
            <Input.Password autoComplete="current-password" aria-label={t('login.password')} />
          </Form.Item>
          {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} role="alert" />}
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
        <Link to="/public" style={{ display: 'block', marginTop: 16, textAlign: 'center' }}>
          {t('nav.public')}
        </Link>
      </Card>
      {demo?.demo && (
        <Card title={t('login.demoTitle', { password: demo.password ?? '' })} style={{ width: 400 }}>
          <List
            size="small"
            dataSource={demo.users ?? []}
            renderItem={(u) => (
              <List.Item
                actions={[
                  <Button
                    key="use"
                    size="small"
                    aria-label={`${t('login.demoUse')} ${u.username}`}
                    onClick={() => form.setFieldsValue({ username: u.username, password: demo.password ?? '' })}
                  >
                    {t('login.demoUse')}
                  </Button>,
                ]}
              >
                {/* one flex item, so the button stays on the same line as the account */}
                <span style={{ flex: 1, minWidth: 0 }}>
                  <Typography.Text code>{u.username}</Typography.Text> {u.unitName ? `${u.unitName} · ` : ''}
                  {roleLabel(u.role)}
                </span>
              </List.Item>
            )}
          />
        </Card>
      )}
    </main>
  );
}
