// 说明 a warning: the note shown under it, and an inline editor for a filler while editable.
// The server compares the note we last saw (409 if someone changed it meanwhile).
import { Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Finding } from '../../api.js';
import { useI18n } from '../../i18n/index.js';

export type ExplainFn = (f: Finding, note: string) => Promise<boolean>;

export function Explanation({ finding, onExplain }: { finding: Finding; onExplain?: ExplainFn }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const current = finding.explanation ?? null;
  if (finding.severity !== 'warning') return null;
  if (editing) {
    return (
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Input.TextArea
          autoSize={{ minRows: 2 }}
          maxLength={2000}
          aria-label={t('find.explainLabel', { message: finding.message })}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <Space>
          <Button
            size="small"
            type="primary"
            loading={busy}
            disabled={!note.trim()}
            onClick={async () => {
              setBusy(true);
              const ok = await onExplain!(finding, note.trim()).finally(() => setBusy(false));
              if (ok) setEditing(false);
            }}
          >
            {t('find.explainSave')}
          </Button>
          <Button size="small" onClick={() => setEditing(false)}>
            {t('common.cancel')}
          </Button>
        </Space>
      </Space>
    );
  }
  return (
    <Space size={4} wrap>
      {current && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-explanation>
          {t('find.explained', { note: current })}
        </Typography.Text>
      )}
      {onExplain && (
        <Button
          size="small"
          type="link"
          style={{ padding: 0 }}
          onClick={() => {
            setNote(current ?? '');
            setEditing(true);
          }}
        >
          {current ? t('find.explainEdit') : t('find.explain')}
        </Button>
      )}
    </Space>
  );
}
