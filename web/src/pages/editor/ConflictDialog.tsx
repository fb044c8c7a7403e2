// Two people saved the same evaluation: show every difference between my unsaved version and the
// current one; the user keeps theirs or mine. My version can be copied, so nothing typed is lost.
import { Alert, Button, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Evaluation } from '../../api.js';
import { useI18n } from '../../i18n/index.js';
import { englishChangeLabel } from '../../lib/changeLabel.js';
import { conflictRows, contentOf, show, type Content, type ConflictRow } from './content.js';

export function ConflictDialog(props: { mine: Content; theirs: Evaluation | null; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const { t, lang } = useI18n();
  const [copied, setCopied] = useState(false);
  if (!props.theirs) return null;
  // named as in the reviewer's diff (基本情况 · 编制数), not by a machine path (profile.authorizedPosts)
  const diffs = conflictRows(props.mine, contentOf(props.theirs));
  return (
    <Modal
      open
      closable={false}
      mask={{ closable: false }}
      width={1000}
      title={t('conf.title')}
      footer={
        <Space>
          <Button
            onClick={async () => {
              await navigator.clipboard?.writeText(JSON.stringify(props.mine, null, 2)).catch(() => undefined);
              setCopied(true);
            }}
          >
            {copied ? t('conf.copied') : t('conf.copy')}
          </Button>
          <Button onClick={props.onTakeTheirs}>{t('conf.takeTheirs')}</Button>
          <Button type="primary" onClick={props.onKeepMine}>
            {t('conf.keepMine')}
          </Button>
        </Space>
      }
    >
      <Alert type="warning" title={t('conf.explain')} style={{ marginBottom: 12 }} />
      <Table
        size="small"
        rowKey="path"
        pagination={false}
        scroll={{ y: 400 }}
        dataSource={diffs}
        columns={[
          {
            title: t('conf.field'),
            key: 'label',
            width: 300,
            render: (_: unknown, r: ConflictRow) =>
              r.label === r.path ? (
                <Typography.Text code>{r.path}</Typography.Text>
              ) : (
                <span title={r.path}>{lang === 'en' ? englishChangeLabel(t, r) : r.label}</span>
              ),
          },
          {
            title: t('conf.mine'),
            dataIndex: 'mine',
            render: (v: unknown) => <span style={{ background: '#e6f4ff', whiteSpace: 'pre-wrap' }}>{show(v)}</span>,
          },
          {
            title: t('conf.theirs', { version: props.theirs.version }),
            dataIndex: 'theirs',
            render: (v: unknown) => <span style={{ background: '#fff7e6', whiteSpace: 'pre-wrap' }}>{show(v)}</span>,
          },
        ]}
      />
    </Modal>
  );
}
