// New user / edit user, in a drawer. Nothing typed is lost on an error: a 400 lists every problem
// (each also under its field), a 403 says why, a 409 shows the server's current state beside the
// form and lets the admin apply their own edits over it or load the current state. Closing (or
// leaving the page) with unsaved edits asks first.
import { Alert, App, Button, Drawer, Form, Input, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, createUser, updateUser } from '../../api.js';
import { pickLang, useI18n } from '../../i18n/index.js';
import { GrantEditor } from './GrantEditor.js';
import { useAdt, type ADT } from './i18n.js';
import { GrantTags } from './GrantTags.js';
import {
  createBody,
  differingFields,
  draftOf,
  emptyDraft,
  grantIssues,
  missingFields,
  problemsByField,
  problemsOf,
  snapshot,
  updateBody,
  type Field,
  type ManagedUser,
  type UserDraft,
} from './model.js';
import { useLeaveWarning } from '../../lib/useLeaveWarning.js';

export type FormTarget = { kind: 'new' } | { kind: 'edit'; user: ManagedUser };

interface Props {
  target: FormTarget;
  selfId: string | undefined;
  mayGrantAll: boolean;
  onClose: () => void;
  onSaved: (user: ManagedUser) => void;
}

function ConflictNotice(props: { current: ManagedUser; draft: UserDraft; adt: ADT; onReapply: () => void; onReload: () => void }) {
  const { current, adt } = props;
  const fields = differingFields(props.draft, current).map((f) =>
    adt(f === 'displayName' ? 'adm.form.displayName' : f === 'disabled' ? 'adm.col.status' : 'adm.form.grants'),
  );
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="user-conflict"
      style={{ marginBottom: 16 }}
      title={adt('adm.conflict.title')}
      description={
        <Space orientation="vertical" size={4}>
          <span>{adt('adm.conflict.body', { version: current.version })}</span>
          <span data-testid="user-conflict-current">
            {adt('adm.conflict.current')}
            <Typography.Text strong>{current.displayName}</Typography.Text>{' '}
            <Tag color={current.disabled ? 'default' : 'green'}>{adt(current.disabled ? 'adm.status.disabled' : 'adm.status.active')}</Tag>
            <GrantTags grants={current.grants} />
          </span>
          <span>{fields.length ? adt('adm.conflict.differs', { fields: fields.join(adt('adm.conflict.fieldSep')) }) : adt('adm.conflict.same')}</span>
          <Space wrap>
            <Button type="primary" size="small" onClick={props.onReapply}>
              {adt('adm.conflict.reapply')}
            </Button>
            <Button size="small" onClick={props.onReload}>
              {adt('adm.conflict.reload')}
            </Button>
          </Space>
        </Space>
      }
    />
  );
}

export function UserForm({ target, selfId, mayGrantAll, onClose, onSaved }: Props) {
  const adt = useAdt();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const editing = target.kind === 'edit' ? target.user : null;
  const self = !!editing && editing.id === selfId;
  const [draft, setDraft] = useState<UserDraft>(() => (editing ? draftOf(editing) : emptyDraft()));
  const [base, setBase] = useState(() => ({ version: editing?.version ?? 0, snap: snapshot(editing ? draftOf(editing) : emptyDraft()) }));
  const [problems, setProblems] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ManagedUser | null>(null);
  const [saving, setSaving] = useState(false);
  const [tried, setTried] = useState(false); // empty required fields show only after a first save

  const dirty = snapshot(draft) !== base.snap;
  useLeaveWarning(dirty);

  const edit = (patch: Partial<UserDraft>) => setDraft((d) => ({ ...d, ...patch }));
  // classified on the whole bilingual text ("at least 10 characters" alone does not say "password")
  const byField = problemsByField(problems);
  const missing = tried ? missingFields(draft, !editing) : [];
  const fieldProps = (f: Field) => {
    const list = byField.get(f);
    if (!list && missing.includes(f)) return { validateStatus: 'error' as const, help: <span data-problem-field={f}>{adt('adm.form.required')}</span> };
    return list
      ? { validateStatus: 'error' as const, help: <span data-problem-field={f}>{list.map((p) => pickLang(p, lang)).join(lang === 'zh' ? '；' : '; ')}</span> }
      : {};
  };

  const save = async (version: number) => {
    setTried(true);
    if (missingFields(draft, !editing).length) return;
    const bad = grantIssues(draft.grants, mayGrantAll).size;
    if (bad) return void message.error(adt('adm.form.fixFirst', { n: bad }));
    setSaving(true);
    setProblems([]);
    setFailure(null);
    try {
      const saved = editing ? await updateUser(editing.id, updateBody(version, draft)) : await createUser(createBody(draft));
      setConflict(null);
      setBase({ version: saved.version, snap: snapshot(draft) }); // nothing unsaved: closing asks nothing
      message.destroy(); // one toast at a time: the newest is the one that matters
      message.success(adt(editing ? 'adm.form.saved' : 'adm.form.created', { username: saved.username }));
      onSaved(saved);
    } catch (e) {
      if (!(e instanceof ApiError)) return void setFailure((e as Error).message);
      if (e.status === 409 && e.body.current && typeof e.body.current === 'object') setConflict(e.body.current as ManagedUser);
      else if (e.status === 400 || e.status === 409)
        setProblems(problemsOf(e.body, e.message)); // 409 on create: username taken
      else setFailure(e.message);
    } finally {
      setSaving(false);
    }
  };

  const close = () => {
    if (dirty && !window.confirm(adt('adm.form.leaveUnsaved'))) return;
    onClose();
  };

  return (
    <Drawer
      open
      rootClassName="admin-user-form"
      size={680}
      title={editing ? adt('adm.form.editTitle', { username: editing.username }) : adt('adm.form.newTitle')}
      onClose={close}
      destroyOnHidden
      extra={
        dirty && (
          <Tag color="orange" data-testid="user-dirty">
            {adt('adm.form.dirty')}
          </Tag>
        )
      }
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={close}>{adt('adm.form.cancel')}</Button>
          <Button type="primary" data-testid="user-save" loading={saving} disabled={!!editing && !dirty} onClick={() => void save(base.version)}>
            {adt(editing ? 'adm.form.save' : 'adm.form.create')}
          </Button>
        </Space>
      }
    >
      {conflict && (
        <ConflictNotice
          current={conflict}
          draft={draft}
          adt={adt}
          onReapply={() => {
            setBase((b) => ({ ...b, version: conflict.version }));
            void save(conflict.version);
          }}
          onReload={() => {
            const d = draftOf(conflict);
            setDraft(d);
            setBase({ version: conflict.version, snap: snapshot(d) });
            setConflict(null);
          }}
        />
      )}
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="user-problems"
          style={{ marginBottom: 16 }}
          title={adt('adm.form.problems', { n: problems.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.map((p, i) => (
                <li key={i}>{pickLang(p, lang)}</li>
              ))}
            </ul>
          }
        />
      )}
      {failure && <Alert type="error" showIcon data-testid="user-failure" style={{ marginBottom: 16 }} title={adt('adm.form.failed', { message: failure })} />}
      {self && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={adt('adm.form.self')} />}
      <Form layout="vertical" component="div">
        <Form.Item label={adt('adm.form.username')} required={!editing} extra={!editing && adt('adm.form.usernameHelp')} {...fieldProps('username')}>
          {editing ? (
            <Typography.Text strong>{editing.username}</Typography.Text>
          ) : (
            <Input
              aria-label={adt('adm.form.username')}
              autoComplete="off"
              maxLength={50}
              value={draft.username}
              onChange={(e) => edit({ username: e.target.value })}
            />
          )}
        </Form.Item>
        <Form.Item label={adt('adm.form.displayName')} required {...fieldProps('displayName')}>
          <Input aria-label={adt('adm.form.displayName')} maxLength={100} value={draft.displayName} onChange={(e) => edit({ displayName: e.target.value })} />
        </Form.Item>
        {!editing && (
          <Form.Item label={adt('adm.form.password')} required extra={adt('adm.form.passwordHelp')} {...fieldProps('password')}>
            <Input.Password
              aria-label={adt('adm.form.password')}
              autoComplete="new-password"
              maxLength={200}
              value={draft.password}
              onChange={(e) => edit({ password: e.target.value })}
            />
          </Form.Item>
        )}
        {editing && (
          <Form.Item label={adt('adm.form.disabled')} extra={adt('adm.form.disabledHelp')}>
            <Switch aria-label={adt('adm.form.disabled')} disabled={self} checked={draft.disabled} onChange={(disabled) => edit({ disabled })} />
          </Form.Item>
        )}
        <Form.Item label={adt('adm.form.grants')} required {...fieldProps('grants')}>
          <GrantEditor rows={draft.grants} mayGrantAll={mayGrantAll} disabled={self} onChange={(grants) => edit({ grants })} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
