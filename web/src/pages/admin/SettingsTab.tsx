// 部署设置与截止日期 (deployment-wide admins only). Both are compare-and-set: the PUT carries what
// the screen showed, and a 409 brings the server's current value, which the screen then shows
// while keeping what the admin typed, ready to be saved again.
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, ConfigProvider, DatePicker, Grid, Select, Space, Switch, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
// the date picker's values are dayjs (antd's date library, declared in package.json)
import dayjs from 'dayjs';
// (dayjs's Chinese locale is loaded and switched with the language in main.tsx)
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { DeploymentSettings } from '../../../../src/domain/wire.js';
import { ApiError, getDeadlines, getSettings, getWorkbench, saveDeadline, saveSettings } from '../../api.js';
import { useI18n } from '../../i18n/index.js';
import { useLoad } from '../../lib/useLoad.js';
import { levelLabel, useAdt } from './i18n.js';
import { ThresholdsCard } from './ThresholdsCard.js';
import { deadlineBody, deadlineRows, isDate, rebaseRows, rowDirty, type DeadlineRow, type Level } from './model.js';
import { useLeaveWarning } from '../../lib/useLeaveWarning.js';

type Settings = DeploymentSettings;

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: THIS_YEAR - 2014 }, (_, i) => THIS_YEAR + 1 - i);

function SettingsCard() {
  const adt = useAdt();
  const { message } = App.useApp();
  const load = useLoad(() => getSettings(), []);
  const [shown, setShown] = useState<Settings | null>(null); // what the server had when last read
  const [draft, setDraft] = useState(false);
  const [conflict, setConflict] = useState<Settings | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (load.data) {
      setShown(load.data);
      setDraft(load.data.requireChildrenApproved);
    }
  }, [load.data]);

  const save = async () => {
    if (!shown) return;
    setSaving(true);
    setFailure(null);
    try {
      const saved = await saveSettings({ requireChildrenApproved: draft, previous: shown });
      setShown(saved);
      setConflict(null);
      message.destroy();
      message.success(adt('adm.settings.saved'));
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.body.current) {
        const current = e.body.current as Settings;
        setShown(current); // the next save compares against what is there now; the switch keeps my choice
        setConflict(current);
      } else setFailure((e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  const onOff = (v: boolean) => adt(v ? 'adm.settings.on' : 'adm.settings.off');
  return (
    <Card size="small" title={adt('adm.settings.title')} loading={!shown && !load.error}>
      {load.error && <Alert type="error" showIcon title={adt('adm.loadFailed', { message: load.error.message })} />}
      {shown && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {/* the words toggle it too: on a phone the 22 px switch alone is too small a target */}
          <label style={{ display: 'flex', alignItems: 'center', gap: 8, minHeight: 40, cursor: 'pointer' }}>
            <Switch aria-label={adt('adm.settings.requireChildren')} checked={draft} onChange={setDraft} data-testid="setting-require-children" />
            <Typography.Text strong>{adt('adm.settings.requireChildren')}</Typography.Text>
          </label>
          <Typography.Text type="secondary">{adt('adm.settings.requireChildrenHelp')}</Typography.Text>
          {conflict && (
            <Alert
              type="warning"
              showIcon
              data-testid="settings-conflict"
              title={adt('adm.settings.conflict', { value: onOff(conflict.requireChildrenApproved) })}
            />
          )}
          {failure && <Alert type="error" showIcon title={adt('adm.form.failed', { message: failure })} />}
          <Button type="primary" loading={saving} disabled={draft === shown.requireChildrenApproved} onClick={() => void save()}>
            {adt('adm.settings.save')}
          </Button>
        </Space>
      )}
    </Card>
  );
}

interface RowNote {
  kind: 'conflict' | 'error';
  text: string;
}

function DeadlinesCard({ initialYear }: { initialYear: number }) {
  const adt = useAdt();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [year, setYear] = useState(initialYear);
  const load = useLoad(() => getDeadlines({ year }), [year]);
  const [rows, setRows] = useState<DeadlineRow[] | null>(null);
  const [notes, setNotes] = useState<Partial<Record<Level, RowNote>>>({});
  const [saving, setSaving] = useState<Level | null>(null);
  useEffect(() => {
    if (load.data) setRows((old) => (old ? rebaseRows(old, load.data!.deadlines) : deadlineRows(load.data!.deadlines)));
  }, [load.data]);

  const narrow = Grid.useBreakpoint().sm === false;
  // a phone: 40 px touch targets (the page's ConfigProvider makes the rest large)
  const small = narrow ? undefined : 'small';
  const dirty = rows?.some(rowDirty) ?? false;
  useLeaveWarning(dirty);

  const setDraft = (level: Level, draft: string) => setRows((rs) => rs && rs.map((r) => (r.level === level ? { ...r, draft } : r)));
  const note = (level: Level, n: RowNote | null) => setNotes((ns) => ({ ...ns, [level]: n ?? undefined }));

  const save = async (row: DeadlineRow) => {
    if (row.draft !== '' && !isDate(row.draft)) return note(row.level, { kind: 'error', text: adt('adm.deadlines.badDate') });
    setSaving(row.level);
    note(row.level, null);
    const label = levelLabel(adt, row.level);
    try {
      const r = await saveDeadline(deadlineBody(year, row));
      setRows((rs) =>
        rebaseRows(
          (rs ?? []).map((x) => (x.level === row.level ? { ...x, saved: row.draft || null } : x)),
          r.deadlines,
        ),
      );
      message.destroy();
      message.success(adt(row.draft ? 'adm.deadlines.saved' : 'adm.deadlines.removed', { year, level: label }));
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        const current = (e.body.current as string | null | undefined) ?? null;
        // The row now compares against the stored date; the typed one stays in the box.
        setRows((rs) => rs && rs.map((x) => (x.level === row.level ? { ...x, saved: current } : x)));
        note(row.level, { kind: 'conflict', text: adt('adm.deadlines.conflict', { current: current ?? adt('adm.deadlines.none') }) });
        void load.reload();
      } else note(row.level, { kind: 'error', text: adt('adm.deadlines.failed', { message: (e as Error).message }) });
    } finally {
      setSaving(null);
    }
  };

  const changeYear = (y: number) => {
    if (y === year || (dirty && !window.confirm(adt('adm.form.leaveUnsaved')))) return;
    setRows(null);
    setNotes({});
    setYear(y);
    // the year goes into the URL (?tab=settings&year=2022): a reload or a shared link opens it again
    const next = new URLSearchParams(params);
    next.set('year', String(y));
    setParams(next, { replace: true });
  };

  const fallback = rows?.find((r) => r.level === '*')?.saved ?? null;
  const wide: ColumnsType<DeadlineRow> = [
    { title: adt('adm.deadlines.col.level'), dataIndex: 'level', width: 140, render: (l: Level) => levelLabel(adt, l) },
    {
      title: adt('adm.deadlines.col.date'),
      key: 'date',
      width: 200,
      render: (_, r) => (
        <DatePicker
          aria-label={`${adt('adm.deadlines.col.date')} ${levelLabel(adt, r.level)}`}
          format="YYYY-MM-DD"
          style={{ width: 170 }}
          status={notes[r.level]?.kind === 'error' ? 'error' : undefined}
          value={r.draft && isDate(r.draft) ? dayjs(r.draft) : null}
          onChange={(_d, text) => setDraft(r.level, typeof text === 'string' ? text : '')}
        />
      ),
    },
    {
      title: adt('adm.deadlines.col.saved'),
      key: 'saved',
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          <span data-deadline-saved={r.level}>
            {r.saved ?? (r.level !== '*' && fallback ? adt('adm.deadlines.inherits', { date: fallback }) : adt('adm.deadlines.none'))}
          </span>
          {notes[r.level] && (
            <Typography.Text type={notes[r.level]!.kind === 'conflict' ? 'warning' : 'danger'} data-deadline-note={r.level}>
              {notes[r.level]!.text}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: adt('adm.deadlines.col.actions'),
      key: 'actions',
      width: 170,
      render: (_, r) => (
        <Space>
          <Button
            size={small}
            type="primary"
            disabled={!rowDirty(r)}
            loading={saving === r.level}
            onClick={() => void save(r)}
            aria-label={`${adt('adm.deadlines.save')} ${levelLabel(adt, r.level)}`}
          >
            {adt('adm.deadlines.save')}
          </Button>
          <Button
            size={small}
            danger
            disabled={r.saved === null || saving !== null}
            onClick={() => void save({ ...r, draft: '' })}
            aria-label={`${adt('adm.deadlines.remove')} ${levelLabel(adt, r.level)}`}
          >
            {adt('adm.deadlines.remove')}
          </Button>
        </Space>
      ),
    },
  ];
  // A phone: one column per row — the level, then the date box, what is saved, and the buttons.
  const cell = (k: number, r: DeadlineRow) => (wide[k]!.render as (v: unknown, r: DeadlineRow, i: number) => React.ReactNode)(r.level, r, 0);
  const columns: ColumnsType<DeadlineRow> = narrow
    ? [
        {
          title: `${adt('adm.deadlines.col.level')} / ${adt('adm.deadlines.col.date')}`,
          key: 'all',
          render: (_, r) => (
            <Space orientation="vertical" size={6} style={{ width: '100%' }}>
              <Typography.Text strong>{cell(0, r)}</Typography.Text>
              {cell(1, r)}
              {cell(2, r)}
              {cell(3, r)}
            </Space>
          ),
        },
      ]
    : wide;

  return (
    <Card
      size="small"
      title={adt('adm.deadlines.title')}
      extra={
        <Space size={4}>
          <span>{adt('adm.deadlines.year')}</span>
          {/* a stepper beside the list: the neighbouring years are one plain click away */}
          <Button
            size={small}
            icon={<LeftOutlined />}
            aria-label={adt('adm.deadlines.prevYear')}
            title={adt('adm.deadlines.prevYear')}
            disabled={year <= YEARS[YEARS.length - 1]!}
            onClick={() => changeYear(year - 1)}
          />
          <span data-testid="deadline-year">
            <Select<number>
              aria-label={adt('adm.deadlines.year')}
              style={{ width: 96 }}
              showSearch={{ optionFilterProp: 'label' }}
              value={year}
              options={YEARS.map((y) => ({ value: y, label: String(y) }))}
              onChange={changeYear}
            />
          </span>
          <Button
            size={small}
            icon={<RightOutlined />}
            aria-label={adt('adm.deadlines.nextYear')}
            title={adt('adm.deadlines.nextYear')}
            disabled={year >= YEARS[0]!}
            onClick={() => changeYear(year + 1)}
          />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{adt('adm.deadlines.hint')}</Typography.Paragraph>
      {load.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={adt('adm.loadFailed', { message: load.error.message })} />}
      <Table<DeadlineRow>
        key={lang}
        id="admin-deadlines"
        size="small"
        rowKey="level"
        pagination={false}
        loading={load.loading && !rows}
        columns={columns}
        dataSource={rows ?? []}
      />
    </Card>
  );
}

/** The deadline year starts at the workbench's (the newest year with evaluations), else last year. */
function useWorkbenchYear(): number | null {
  const [year, setYear] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    getWorkbench().then(
      (w) => live && setYear(w.year),
      () => live && setYear(THIS_YEAR - 1),
    );
    return () => {
      live = false;
    };
  }, []);
  return year;
}

export function SettingsTab() {
  const phone = Grid.useBreakpoint().md === false;
  const [params] = useSearchParams();
  const asked = Number(params.get('year'));
  const workbenchYear = useWorkbenchYear();
  const year = YEARS.includes(asked) ? asked : workbenchYear;
  return (
    <ConfigProvider componentSize={phone ? 'large' : undefined}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <SettingsCard />
        <ThresholdsCard />
        {year === null ? <Card size="small" loading /> : <DeadlinesCard initialYear={year} />}
      </Space>
    </ConfigProvider>
  );
}
