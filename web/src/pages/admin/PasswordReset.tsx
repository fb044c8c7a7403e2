// An administrator sets a new password for a user (every session of that user ends). A refusal
// (too short, contains the username…) shows under the field; the typed password stays.
import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { resetPassword } from '../../api.js';
import { pickLang, useI18n } from '../../i18n/index.js';
import { useAdt } from './i18n.js';
import type { ManagedUser } from './model.js';

export function PasswordReset({ user, onClose }: { user: ManagedUser; onClose: () => void }) {
  const adt = useAdt();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    setSaving(true);
    setProblem(null);
    try {
      const r = await resetPassword(user.id, {
        newPassword: password,
      });
      message.destroy(); // one toast at a time: the newest is the one that matters
      message.success(adt('adm.pw.done', { username: user.username, n: r.revokedSessions }));
      onClose();
    } catch (e) {
      setProblem((e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={adt('adm.pw.title', { username: user.username })}
      okText={adt('adm.pw.submit')}
      cancelText={adt('adm.form.cancel')}
      okButtonProps={{ disabled: password.length === 0, loading: saving }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        <Form.Item
          label={adt('adm.pw.new')}
          extra={adt('adm.pw.help')}
          validateStatus={problem ? 'error' : undefined}
          help={problem ? <span data-testid="pw-problem">{pickLang(problem, lang)}</span> : undefined}
        >
          <Input.Password
            aria-label={adt('adm.pw.new')}
            autoComplete="new-password"
            maxLength={200}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            onPressEnter={() => password && void submit()}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
