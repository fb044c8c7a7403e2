// 我的账户: who I am and my roles, changing my password (other sessions end, this one stays), and
// ending every session. A refusal (wrong current password, too short, throttled) shows under its
// field; what was typed stays.
import { Alert, App, Button, Card, Descriptions, Form, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, changePassword, revokeAllSessions } from '../../api.js';
import { useAuth } from '../../auth.js';
import { pickLang, useI18n } from '../../i18n/index.js';
import { useAct } from './i18n.js';

type Field = 'current' | 'next' | 'confirm';

export default function AccountPage() {
  const act = useAct();
  const { t, lang } = useI18n();
  const { user, logout, refresh } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [pw, setPw] = useState<Record<Field, string>>({ current: '', next: '', confirm: '' });
  const [problem, setProblem] = useState<Partial<Record<Field, string>>>({});
  const [saving, setSaving] = useState(false);

  const set = (f: Field, v: string) => {
    setPw((p) => ({ ...p, [f]: v }));
    setProblem((p) => ({ ...p, [f]: undefined }));
  };

  const change = async () => {
    const missing: Partial<Record<Field, string>> = {};
    for (const f of ['current', 'next', 'confirm'] as Field[]) if (!pw[f]) missing[f] = act('acc.pw.required');
    if (!missing.next && !missing.confirm && pw.next !== pw.confirm) missing.confirm = act('acc.pw.mismatch');
    setProblem(missing);
    if (Object.keys(missing).length) return;
    setSaving(true);
    try {
      const r = await changePassword({ currentPassword: pw.current, newPassword: pw.next });
      message.success(r.revokedSessions > 0 ? act('acc.pw.done', { n: r.revokedSessions }) : act('acc.pw.doneAlone'));
      setPw({ current: '', next: '', confirm: '' });
      if (user?.mustChangePassword) {
        await refresh(); // the rest of the app opens again
        navigate('/');
      }
    } catch (e) {
      const text = pickLang((e as Error).message, lang);
      // the server names which password is wrong: the current one, or the new one's rules
      const wrongCurrent = e instanceof ApiError && (e.body.error === 'wrongPassword' || e.status === 429);
      setProblem(wrongCurrent ? { current: text } : { next: text });
    } finally {
      setSaving(false);
    }
  };

  const endAll = async () => {
    try {
      await revokeAllSessions();
    } catch (e) {
      message.error(act('acc.failed', { message: pickLang((e as Error).message, lang) }));
      return;
    }
    await logout().catch(() => undefined);
    navigate('/login');
  };

  const item = (f: Field, label: string, autoComplete: string, extra?: string) => (
    <Form.Item
      label={label}
      extra={extra}
      validateStatus={problem[f] ? 'error' : undefined}
      help={problem[f] ? <span data-problem={f}>{problem[f]}</span> : undefined}
    >
      <Input.Password
        aria-label={label}
        autoComplete={autoComplete}
        maxLength={200}
        value={pw[f]}
        onChange={(e) => set(f, e.target.value)}
        onPressEnter={() => void change()}
      />
    </Form.Item>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
      {/* the page's one h1 (the shell adds no hidden one here), sized as the other pages' titles */}
      <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
        {act('acc.title')}
      </Typography.Title>
      {user?.mustChangePassword && <Alert type="warning" showIcon data-testid="must-change" title={act('acc.mustChange')} />}
      <Card size="small">
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={act('acc.who')}>
            <Typography.Text strong>{user?.username}</Typography.Text>（{user?.displayName}）
          </Descriptions.Item>
          <Descriptions.Item label={act('acc.roles')}>
            {user?.roles.map((g, i) => (
              <Tag key={i}>
                {g.unitName ?? act('acc.allUnits')} · {t(`role.${g.role}`)}
              </Tag>
            ))}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={act('acc.pw.title')}>
        <Form layout="vertical" component="div" style={{ maxWidth: 420 }} data-testid="password-form">
          {item('current', act('acc.pw.current'), 'current-password')}
          {item('next', act('acc.pw.new'), 'new-password', act('acc.pw.help'))}
          {item('confirm', act('acc.pw.confirm'), 'new-password')}
          <Button type="primary" loading={saving} onClick={() => void change()} data-testid="password-submit">
            {act('acc.pw.submit')}
          </Button>
        </Form>
      </Card>
      <Card size="small" title={act('acc.sessions.title')}>
        <Typography.Paragraph>{act('acc.sessions.body')}</Typography.Paragraph>
        <Popconfirm title={act('acc.sessions.confirm')} okText={act('acc.sessions.ok')} cancelText={act('acc.cancel')} onConfirm={() => void endAll()}>
          <Button danger>{act('acc.sessions.button')}</Button>
        </Popconfirm>
      </Card>
    </Space>
  );
}
