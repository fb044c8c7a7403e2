// 运行监控 (issue 15 items 2 and 5): the rounds a unit answers and the ones it opened for its
// subtree; a reviewer's board (every unit × indicator coloured by warning, sortable, drill-down,
// .xlsx export); opening a round with its as-of date, deadline and thresholds.
import { useDateFormats } from '../../components/DateField.js';
import { Alert, App, Button, Card, DatePicker, Empty, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../api.js';
import { useLoad } from '../../lib/useLoad.js';
import { planApi, WARNING_COLOR, type BoardRow, type Round, type Warning } from './api.js';
import { usePt, type PT } from './i18n.js';
import { ReportForm, WarningTag } from './ReportForm.js';
import { statusColor, UnitYearBar, useUnitYear } from './UnitYearBar.js';

type Pick = { kind: 'answer' | 'board'; round: Round } | null;
const RANK: Record<string, number> = { red: 2, yellow: 1 };
const rank = (w: Warning) => (w ? RANK[w]! : 0);

export default function MonitoringPage() {
  const pt = usePt();
  const { message } = App.useApp();
  const dateFormats = useDateFormats();
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
    <Card size="small" title={title} extra={extra}>
      {items.length === 0 && <Typography.Text type="secondary">{pt('mo.none')}</Typography.Text>}
      <Space wrap>
        {items.map((r) => (
          <Button
            key={r.id}
            type={chosen?.round.id === r.id && chosen.kind === kind ? 'primary' : 'default'}
            onClick={() => setPick({ kind, round: r })}
            style={{ height: 'auto', whiteSpace: 'normal', maxWidth: '100%', textAlign: 'start' }}
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
              <Button size="small" type="primary" onClick={() => setOpening(true)}>
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

interface Cell {
  key: string;
  unitId: string;
  unitName: string;
  status: BoardRow['status'];
  what: string;
  target: string;
  actual: string | null;
  progress: string | null;
  gap: string | null;
  warning: Warning;
  forecast: string | null;
  likelihood: string | null;
}

function Board({ pt, round }: { pt: PT; round: Round }) {
  const b = useLoad(() => planApi.board(round.id), [round.id]);
  const [drill, setDrill] = useState<string | null>(null);
  if (b.error) return <Alert type="error" title={b.error.message} />;
  if (!b.data) return null;
  if (drill) {
    return (
      <div style={{ display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0 }}>
        <Button onClick={() => setDrill(null)} style={{ alignSelf: 'flex-start' }}>
          {pt('mo.back')}
        </Button>
        <ReportForm pt={pt} roundId={round.id} unitId={drill} onChanged={() => void b.reload()} />
      </div>
    );
  }
  const cells: Cell[] = b.data.rows.flatMap((r) => {
    const base = { unitId: r.unitId, unitName: r.unitName, status: r.status };
    const out: Cell[] = [];
    if (r.overall)
      out.push({
        ...base,
        key: `${r.unitId}/budget`,
        what: pt('mo.overall'),
        target: '',
        actual: null,
        progress: r.overall.executionRate,
        gap: r.overall.gap,
        warning: r.overall.warning,
        forecast: null,
        likelihood: null,
      });
    for (const i of r.indicators)
      out.push({
        ...base,
        key: `${r.unitId}/${i.scopeName}/${i.code}`,
        what: `${i.code} ${i.name}`,
        target: i.targetText,
        actual: i.actualToDate,
        progress: i.progress,
        gap: i.gap,
        warning: i.warning,
        forecast: i.forecast,
        likelihood:
          i.likelihoodDeclared && i.likelihoodDeclared !== i.likelihood
            ? `${i.likelihoodDeclared}（${pt('mo.computed', { v: i.likelihood ?? '—' })}）`
            : i.likelihood,
      });
    if (out.length === 0)
      out.push({
        ...base,
        key: `${r.unitId}/none`,
        what: pt('mo.notFiled'),
        target: '',
        actual: null,
        progress: null,
        gap: null,
        warning: null,
        forecast: null,
        likelihood: null,
      });
    return out;
  });
  const num = (x: string | null) => (x === null ? Number.NEGATIVE_INFINITY : Number(x));
  return (
    <Card
      title={
        <Space wrap>
          {`${pt('mo.board')} · ${b.data.round.name}（${b.data.round.rootUnitName}）`}
          <Typography.Text type="secondary">{pt('mo.timeProgress', { tp: b.data.timeProgress ?? '—' })}</Typography.Text>
        </Space>
      }
    >
      <Button href={planApi.boardXlsx(round.id)} style={{ marginBottom: 12 }}>
        {pt('mo.export')}
      </Button>
      {cells.length === 0 && <Empty />}
      <Table<Cell>
        size="small"
        rowKey="key"
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 1000 }}
        dataSource={cells}
        onRow={(c) => ({ style: c.warning ? { background: WARNING_COLOR[c.warning] } : undefined })}
        columns={[
          { title: pt('unit'), dataIndex: 'unitName', width: 140, fixed: 'left', sorter: (a, c) => a.unitName.localeCompare(c.unitName, 'zh') },
          { title: pt('status'), width: 90, render: (_: unknown, c) => <Tag color={statusColor[c.status]}>{pt(`st.${c.status}`)}</Tag> },
          { title: pt('tg.indicator'), dataIndex: 'what', width: 200 },
          { title: pt('mo.target'), dataIndex: 'target', width: 90 },
          { title: pt('mo.actual'), dataIndex: 'actual', width: 110, render: (x: string | null) => x ?? '—' },
          {
            title: pt('mo.progressPct'),
            dataIndex: 'progress',
            width: 100,
            render: (x: string | null) => x ?? '—',
            sorter: (a, c) => num(a.progress) - num(c.progress),
          },
          { title: pt('mo.gap'), dataIndex: 'gap', width: 100, render: (x: string | null) => x ?? '—', sorter: (a, c) => num(a.gap) - num(c.gap) },
          {
            title: pt('mo.warning'),
            width: 100,
            render: (_: unknown, c) => <WarningTag pt={pt} w={c.warning} />,
            sorter: (a, c) => rank(a.warning) - rank(c.warning),
            defaultSortOrder: 'descend',
          },
          { title: pt('mo.forecast'), dataIndex: 'forecast', width: 100, render: (x: string | null) => x ?? '—' },
          { title: pt('mo.likelihood'), dataIndex: 'likelihood', width: 160, render: (x: string | null) => x ?? '—' },
          {
            title: <span className="sr-only">{pt('col.actions')}</span>,
            width: 70,
            render: (_: unknown, c) => (
              <Button size="small" onClick={() => setDrill(c.unitId)}>
                {pt('mo.drill')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
