// 整改台账: raise (reviewer), answer with evidence (filler), close or reopen (reviewer).
import { App, Button, Card, Empty, Input, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api.js';
import { useLoad } from '../../lib/useLoad.js';
import { planApi, type Rectification } from './api.js';
import type { PT } from './i18n.js';

const COLOR = { open: 'error', answered: 'processing', closed: 'success' } as const;

export function Rectifications({ pt, unitId, year }: { pt: PT; unitId: string; year: number }) {
  const { message } = App.useApp();
  const r = useLoad(() => planApi.rectifications(unitId, year), [unitId, year]);
  const [editing, setEditing] = useState<{ mode: 'raise' } | { mode: 'answer'; item: Rectification } | null>(null);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const fail = (e: unknown) => message.error(e instanceof ApiError ? e.message : String(e));
  const open = (e: typeof editing) => {
    setEditing(e);
    setA(e?.mode === 'answer' ? (e.item.answer ?? '') : '');
    setB(e?.mode === 'answer' ? (e.item.evidence ?? '') : '');
  };
  const setStatus = async (item: Rectification, status: Rectification['status']) => {
    try {
      await planApi.updateRectification(item.id, { version: item.version, status });
      await r.reload();
    } catch (e) {
      fail(e);
    }
  };
  return (
    <Card
      size="small"
      title={pt('rc.title')}
      extra={
        r.data?.canRaise ? (
          <Button size="small" onClick={() => open({ mode: 'raise' })}>
            {pt('rc.raise')}
          </Button>
        ) : null
      }
    >
      {r.data && r.data.items.length === 0 && <Empty description={pt('rc.none')} />}
      {r.data && r.data.items.length > 0 && (
        <Table<Rectification>
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ x: 720 }}
          dataSource={r.data.items}
          columns={[
            { title: pt('year'), dataIndex: 'year', width: 70 },
            { title: pt('rc.problem'), dataIndex: 'problem' },
            { title: pt('rc.fix'), dataIndex: 'requiredFix' },
            {
              title: pt('rc.answer'),
              render: (_: unknown, x) => [x.answer, x.evidence && `（${pt('rc.evidence')}：${x.evidence}）`].filter(Boolean).join(' ') || '—',
            },
            { title: pt('status'), width: 90, render: (_: unknown, x) => <Tag color={COLOR[x.status]}>{pt(`rc.${x.status}`)}</Tag> },
            {
              title: <span className="sr-only">{pt('col.actions')}</span>,
              width: 150,
              render: (_: unknown, x) => (
                <Space>
                  {r.data!.canAnswer && x.status !== 'closed' && (
                    <Button size="small" onClick={() => open({ mode: 'answer', item: x })}>
                      {pt('rc.reply')}
                    </Button>
                  )}
                  {r.data!.canRaise && x.status !== 'closed' && (
                    <Button size="small" onClick={() => setStatus(x, 'closed')}>
                      {pt('rc.close')}
                    </Button>
                  )}
                  {r.data!.canRaise && x.status === 'closed' && (
                    <Button size="small" onClick={() => setStatus(x, 'open')}>
                      {pt('rc.reopen')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      <Modal
        open={editing !== null}
        title={editing?.mode === 'raise' ? pt('rc.raise') : pt('rc.reply')}
        okButtonProps={{ disabled: !a.trim() || (editing?.mode === 'raise' && !b.trim()) }}
        cancelText={pt('cancel')}
        onCancel={() => setEditing(null)}
        onOk={async () => {
          try {
            if (editing?.mode === 'raise') await planApi.raise(unitId, { year, problem: a.trim(), requiredFix: b.trim() });
            else if (editing?.mode === 'answer')
              await planApi.updateRectification(editing.item.id, { version: editing.item.version, answer: a.trim(), evidence: b.trim() });
            setEditing(null);
            await r.reload();
          } catch (e) {
            fail(e);
          }
        }}
      >
        <Input.TextArea
          aria-label={editing?.mode === 'raise' ? pt('rc.problem') : pt('rc.answer')}
          placeholder={editing?.mode === 'raise' ? pt('rc.problem') : pt('rc.answer')}
          value={a}
          onChange={(e) => setA(e.target.value)}
          rows={3}
          maxLength={2000}
        />
        <Input.TextArea
          aria-label={editing?.mode === 'raise' ? pt('rc.fix') : pt('rc.evidence')}
          placeholder={editing?.mode === 'raise' ? pt('rc.fix') : pt('rc.evidence')}
          value={b}
          onChange={(e) => setB(e.target.value)}
          rows={2}
          maxLength={2000}
          style={{ marginTop: 8 }}
        />
      </Modal>
    </Card>
  );
}
