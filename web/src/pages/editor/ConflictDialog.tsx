// Two editors saved the same evaluation and changed some fields differently: what only one side
// changed is already merged; here the user picks, field by field, mine or theirs. My whole version
// can be copied, so nothing typed is lost. On a phone each field is a card with the two versions
// stacked (a 600 px table scrolled sideways at 390 px).
import { Alert, Button, Card, Grid, Modal, Radio, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Side } from '../../../../src/domain/merge.js';
import { useI18n } from '../../i18n/index.js';
import { englishChangeLabel } from '../../lib/changeLabel.js';
import { conflictChoices, type ConflictChoice } from './conflictChoices.js';
import type { Content } from './content.js';
import type { Conflict } from './useAutosave.js';

export function ConflictDialog(props: { mine: Content; conflict: Conflict | null; onResolve: (choices: Record<string, Side>) => void }) {
  if (!props.conflict) return null;
  return <Dialog mine={props.mine} conflict={props.conflict} onResolve={props.onResolve} />;
}

function Dialog({ mine, conflict, onResolve }: { mine: Content; conflict: Conflict; onResolve: (choices: Record<string, Side>) => void }) {
  const { t, lang } = useI18n();
  const [copied, setCopied] = useState(false);
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const narrow = Grid.useBreakpoint().md === false;
  // named as in the reviewer's diff (基本情况 · 编制数), not by a machine path (profile.authorizedPosts)
  const { rows, merged } = useMemo(() => conflictChoices(conflict, mine), [conflict, mine]);
  const all = (side: Side) => setChoices(Object.fromEntries(rows.map((r) => [r.path, side])));
  const label = (f: ConflictChoice['fields'][number]) =>
    f.label === f.path ? <Typography.Text code>{f.path}</Typography.Text> : <span title={f.path}>{lang === 'en' ? englishChangeLabel(t, f) : f.label}</span>;
  const value = (v: string | null, deleted: boolean, background: string) => (
    <span style={{ background, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{deleted ? t('conf.deleted') : (v ?? '—')}</span>
  );
  const sideName = (side: Side) => (side === 'mine' ? t('conf.mine') : t('conf.theirs', { version: conflict.theirs.version }));
  const choice = (r: ConflictChoice, side: Side) => (
    <Radio
      checked={(choices[r.path] ?? 'mine') === side}
      onChange={() => setChoices((c) => ({ ...c, [r.path]: side }))}
      aria-label={`${sideName(side)} ${r.fields[0]?.label ?? r.path}`}
      style={narrow ? { alignItems: 'flex-start', width: '100%', minWidth: 0 } : undefined}
    >
      <Space orientation="vertical" size={2} style={narrow ? { minWidth: 0 } : undefined}>
        {narrow && <Typography.Text type="secondary">{sideName(side)}</Typography.Text>}
        {r.fields.map((f) => (
          <span key={f.path}>
            {value(side === 'mine' ? f.mine : f.theirs, side === 'mine' ? r.mineDeleted : r.theirsDeleted, side === 'mine' ? '#e6f4ff' : '#fff7e6')}
          </span>
        ))}
      </Space>
    </Radio>
  );
  const names = (r: ConflictChoice) => (
    <Space orientation="vertical" size={2}>
      {r.fields.map((f) => (
        <span key={f.path}>{label(f)}</span>
      ))}
    </Space>
  );
  return (
    <Modal
      open
      closable={false}
      mask={{ closable: false }}
      width={1000}
      title={t('conf.title')}
      footer={
        <Space wrap>
          <Button
            onClick={async () => {
              await navigator.clipboard?.writeText(JSON.stringify(mine, null, 2)).catch(() => undefined);
              setCopied(true);
            }}
          >
            {copied ? t('conf.copied') : t('conf.copy')}
          </Button>
          <Button onClick={() => all('mine')}>{t('conf.allMine')}</Button>
          <Button onClick={() => all('theirs')}>{t('conf.allTheirs')}</Button>
          <Button type="primary" onClick={() => onResolve(choices)}>
            {t('conf.save')}
          </Button>
        </Space>
      }
    >
      <Alert
        type="warning"
        title={t('conf.explain', { version: conflict.theirs.version, merged: merged ? t('conf.mergedPart', { n: merged }) : '', n: rows.length })}
        style={{ marginBottom: 12 }}
      />
      {narrow ? (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="conflict-cards">
          {rows.map((r) => (
            <Card key={r.path} size="small" title={names(r)} styles={{ header: { whiteSpace: 'normal', paddingBlock: 8 } }} data-conflict-field={r.path}>
              <Space orientation="vertical" style={{ width: '100%' }}>
                {choice(r, 'mine')}
                {choice(r, 'theirs')}
              </Space>
            </Card>
          ))}
        </Space>
      ) : (
        <Table
          size="small"
          rowKey="path"
          pagination={false}
          scroll={{ y: 400, x: 600 }}
          dataSource={rows}
          columns={[
            { title: t('conf.field'), key: 'label', width: 260, render: (_: unknown, r: ConflictChoice) => names(r) },
            ...(['mine', 'theirs'] as const).map((side) => ({ title: sideName(side), key: side, render: (_: unknown, r: ConflictChoice) => choice(r, side) })),
          ]}
        />
      )}
    </Modal>
  );
}
