// 运行监控 (issue 15 items 2 and 5): the rounds a unit answers and the ones it opened for its
// subtree; a reviewer's board (every unit × indicator coloured by warning, sortable, drill-down,
// .xlsx export); opening a round with its as-of date, deadline and thresholds.
import { useDateFormats } from '../../components/DateField.js';
import { Alert, App, Button, Card, DatePicker, Form, Grid, Input, Modal, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../api.js';
import { useLoad } from '../../lib/useLoad.js';
import { planApi, type Round } from './api.js';
import { usePt } from './i18n.js';
import { Board } from './MonitoringBoard.js';
import { ReportForm } from './ReportForm.js';
import { statusColor, UnitYearBar, useUnitYear } from './UnitYearBar.js';

type Pick = { kind: 'answer' | 'board'; round: Round } | null;

export default function MonitoringPage() {
  const pt = usePt();
  const { message } = App.useApp();
  const dateFormats = useDateFormats();
  const phone = Grid.useBreakpoint().md === false;
  const { unitId, year, set } = useUnitYear();
  const rounds = useLoad(() => (unitId ? planApi.rounds(unitId, year) : Promise.resolve(null)), [unitId, year]);
  const [pick, setPick] = useState<Pick>(null);
  const [opening, setOpening] = useState(false);
  const [form] = Form.useForm<{ name?: string; asOf: Dayjs; dueDate: Dayjs; yellow?: string; red?: string }>();
  const chosen =
    pick ??
    (rounds.data?.answering[0]
      ? { kind: 'answer' as const, round: rounds.data.answering[0] }
      : rounds.data?.opened[0]
        ? { kind: 'board' as const, round: rounds.data.opened[0] }
        : null);
  const list = (title: string, items: Round[], kind: 'answer' | 'board', extra?: React.ReactNode) => (
    // on a phone the title and a 40 px button do not fit one line (the title was cut to “Rounds opened …”)
    <Card size="small" title={<span style={{ whiteSpace: 'normal' }}>{title}</span>} extra={phone ? null : extra}>
      {phone && extra && <div style={{ marginBottom: 12 }}>{extra}</div>}
      {items.length === 0 && <Typography.Text type="secondary">{pt('mo.none')}</Typography.Text>}
      <Space wrap>
        {items.map((r) => (
          <Button
            key={r.id}
            type={chosen?.round.id === r.id && chosen.kind === kind ? 'primary' : 'default'}
            onClick={() => setPick({ kind, round: r })}
            style={{ height: 'auto', minHeight: phone ? 40 : undefined, whiteSpace: 'normal', maxWidth: '100%', textAlign: 'start' }}
          >
            <Space>
              {`${r.name}（${r.rootUnitName}）`}
              {r.status && <Tag color={statusColor[r.status]}>{pt(`st.${r.status}`)}</Tag>}
            </Space>
          </Button>
        ))}
      </Space>
    </Card>
  );
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16, minWidth: 0 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {pt('mo.title')}
      </Typography.Title>
      <UnitYearBar
        pt={pt}
        unitId={unitId}
        year={year}
        onChange={(u, y) => {
          setPick(null);
          set(u, y);
        }}
      />
      {rounds.error && <Alert type="error" title={rounds.error.message} />}
      {rounds.data && (
        <>
          {list(pt('mo.answering'), rounds.data.answering, 'answer')}
          {list(
            pt('mo.opened'),
            rounds.data.opened,
            'board',
            rounds.data.canOpen ? (
              <Button size={phone ? 'large' : 'small'} block={phone} type="primary" onClick={() => setOpening(true)}>
                {pt('mo.open')}
              </Button>
            ) : null,
          )}
        </>
      )}
      {chosen?.kind === 'answer' && unitId && (
        <ReportForm key={`${chosen.round.id}/${unitId}`} pt={pt} roundId={chosen.round.id} unitId={unitId} onChanged={() => void rounds.reload()} />
      )}
      {chosen?.kind === 'board' && <Board key={chosen.round.id} pt={pt} round={chosen.round} />}
      <Modal
        open={opening}
        title={pt('mo.open')}
        okText={pt('mo.open')}
        cancelText={pt('cancel')}
        onCancel={() => setOpening(false)}
        onOk={async () => {
          const v = await form.validateFields();
          try {
            const thresholds = v.yellow || v.red ? { ...(v.yellow ? { yellow: v.yellow.trim() } : {}), ...(v.red ? { red: v.red.trim() } : {}) } : undefined;
            const r = await planApi.openRound(unitId!, {
              year,
              name: v.name?.trim() || undefined,
              asOf: v.asOf.format('YYYY-MM-DD'),
              dueDate: v.dueDate.format('YYYY-MM-DD'),
              thresholds,
            });
            setOpening(false);
            form.resetFields();
            await rounds.reload();
            setPick({ kind: 'board', round: { id: r.id } as Round });
          } catch (e) {
            message.error(e instanceof ApiError ? e.message : String(e));
          }
        }}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={pt('mo.name')}>
            <Input aria-label={pt('mo.name')} maxLength={100} />
          </Form.Item>
          <Form.Item name="asOf" label={pt('mo.asOf')} rules={[{ required: true }]}>
            <DatePicker aria-label={pt('mo.asOf')} format={dateFormats} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="dueDate" label={pt('mo.due')} rules={[{ required: true }]}>
            <DatePicker aria-label={pt('mo.due')} format={dateFormats} style={{ width: '100%' }} />
          </Form.Item>
          <Space>
            <Form.Item name="yellow" label={pt('mo.yellow')}>
              <Input aria-label={pt('mo.yellow')} placeholder={rounds.data?.thresholds?.yellow ?? '10'} inputMode="decimal" />
            </Form.Item>
            <Form.Item name="red" label={pt('mo.red')}>
              <Input aria-label={pt('mo.red')} placeholder={rounds.data?.thresholds?.red ?? '20'} inputMode="decimal" />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </div>
  );
}
