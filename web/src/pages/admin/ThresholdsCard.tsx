// 运行监控预警阈值 (issue 15 item 3): how far behind 序时进度 (in percentage points) a budget line or
// an indicator may fall before it is marked yellow or red. Stored as a deployment setting; new
// monitoring rounds take it, a round already opened keeps its own. Compare-and-set like the rest.
import { Alert, App, Button, Card, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { WarningThresholds } from '../../../../src/domain/wire.js';
import { ApiError, getThresholds, saveThresholds } from '../../api.js';
import { useLeaveWarning } from '../../lib/useLeaveWarning.js';
import { useLoad } from '../../lib/useLoad.js';
import { useAdt } from './i18n.js';

type Thresholds = WarningThresholds;

const DECIMAL = /^\d+(\.\d{1,2})?$/;

/** The screen's own check, the same rules the server applies (it checks again). */
export function thresholdProblems(t: Thresholds): { yellow?: 'bad' | 'range'; red?: 'bad' | 'range' | 'order' } {
  const out: { yellow?: 'bad' | 'range'; red?: 'bad' | 'range' | 'order' } = {};
  for (const k of ['yellow', 'red'] as const) {
    const s = t[k].trim();
    if (!DECIMAL.test(s)) out[k] = 'bad';
    else if (Number(s) <= 0 || Number(s) > 100) out[k] = 'range';
  }
  if (!out.yellow && !out.red && Number(t.red) < Number(t.yellow)) out.red = 'order';
  return out;
}

export function ThresholdsCard() {
  const adt = useAdt();
  const { message } = App.useApp();
  const load = useLoad(() => getThresholds(), []);
  const [shown, setShown] = useState<Thresholds | null>(null);
  const [draft, setDraft] = useState<Thresholds>({ yellow: '', red: '' });
  const [touched, setTouched] = useState(false);
  const [note, setNote] = useState<{ kind: 'conflict' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (load.data) {
      setShown({ yellow: load.data.yellow, red: load.data.red });
      setDraft({ yellow: load.data.yellow, red: load.data.red });
    }
  }, [load.data]);

  const problems = thresholdProblems(draft);
  const invalid = Boolean(problems.yellow || problems.red);
  const dirty = shown !== null && (draft.yellow.trim() !== shown.yellow || draft.red.trim() !== shown.red);
  useLeaveWarning(dirty);
  const problemText = (p: string | undefined) => (p ? adt(`adm.thresholds.${p}` as 'adm.thresholds.bad') : null);

  const save = async () => {
    setTouched(true);
    if (!shown || invalid) return;
    setSaving(true);
    setNote(null);
    try {
      const saved = await saveThresholds({ yellow: draft.yellow.trim(), red: draft.red.trim(), previous: shown });
      setShown(saved);
      setDraft(saved);
      message.destroy();
      message.success(adt('adm.thresholds.saved', saved as unknown as Record<string, string>));
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.body.current) {
        const current = e.body.current as Thresholds;
        setShown(current); // my values stay in the boxes, ready to save against the current ones
        setNote({ kind: 'conflict', text: adt('adm.thresholds.conflict', current as unknown as Record<string, string>) });
      } else setNote({ kind: 'error', text: adt('adm.form.failed', { message: (e as Error).message }) });
    } finally {
      setSaving(false);
    }
  };

  const field = (k: 'yellow' | 'red') => (
    <Space orientation="vertical" size={2}>
      <label htmlFor={`threshold-${k}`}>{adt(`adm.thresholds.${k}` as 'adm.thresholds.yellow')}</label>
      <Input
        id={`threshold-${k}`}
        inputMode="decimal"
        style={{ width: 150 }}
        suffix={adt('adm.thresholds.unit')}
        status={touched && problems[k] ? 'error' : undefined}
        value={draft[k]}
        onChange={(e) => {
          setTouched(true);
          setDraft((d) => ({ ...d, [k]: e.target.value }));
        }}
      />
      {touched && problems[k] && (
        <Typography.Text type="danger" data-threshold-problem={k}>
          {problemText(problems[k])}
        </Typography.Text>
      )}
    </Space>
  );

  return (
    <Card size="small" title={adt('adm.thresholds.title')} loading={!shown && !load.error} id="admin-thresholds">
      {load.error && <Alert type="error" showIcon title={adt('adm.loadFailed', { message: load.error.message })} />}
      {shown && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{adt('adm.thresholds.hint', load.data!.defaults as unknown as Record<string, string>)}</Typography.Text>
          <Space wrap align="start" size="large">
            {field('yellow')}
            {field('red')}
          </Space>
          {note && <Alert type={note.kind === 'conflict' ? 'warning' : 'error'} showIcon data-testid="thresholds-note" title={note.text} />}
          <Button type="primary" loading={saving} disabled={!dirty} onClick={() => void save()}>
            {adt('adm.thresholds.save')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
