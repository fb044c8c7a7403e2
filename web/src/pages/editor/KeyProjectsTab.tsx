// 重点项目: each project's measures (the headline one plus any number of others — 检查人数, 救助人数,
// 救助金 …) with target, actual and completion rate, and its money by source (万元). Projects,
// measures and funding lines can be added and removed. On a phone each measure and funding line is a
// block of labelled fields; read-only (a reviewer, a submitted report) shows the values as text.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Grid, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { KeyProject, KeyProjectMeasure } from '../../../../src/domain/types.js';
import { DecimalInput } from '../../components/DecimalInput.js';
import { ReadOnlyText } from '../../components/ReadOnlyText.js';
import { useI18n } from '../../i18n/index.js';
import { useEditor } from './context.js';
import { useEt } from './i18n.js';
import { PhoneLine } from '../../components/PhoneLine.js';
import { removeColumn } from './columns.js';
import { ProjectFunding } from './KeyProjectFunding.js';
import { keyProjectFieldId, newProject, nextKey, rateOf } from './keyProjectModel.js';

/** One row of the measures table: the headline measure (key 'main') or a further one. */
interface MeasureRow {
  key: string;
  name: string;
  unitOfMeasure: string;
  kind: 'count' | 'money';
  target: string | null;
  actual: string | null;
  sample: boolean;
  headline: boolean;
}

function Project({ project, index, count }: { project: KeyProject; index: number; count: number }) {
  const { t } = useI18n();
  const et = useEt();
  const { update, readOnly, focus } = useEditor();
  const set = (fn: (p: KeyProject) => KeyProject) => update((c) => ({ ...c, keyProjects: c.keyProjects.map((p, i) => (i === index ? fn(p) : p)) }));
  const measures = project.measures ?? [];
  const setMeasure = (key: string, patch: Partial<KeyProjectMeasure>) =>
    set((p) =>
      key === 'main'
        ? {
            ...p,
            ...('name' in patch ? { measure: patch.name! } : {}),
            ...('unitOfMeasure' in patch ? { unitOfMeasure: patch.unitOfMeasure! } : {}),
            ...('target' in patch ? { target: patch.target! } : {}),
            ...('actual' in patch ? { actual: patch.actual! } : {}),
          }
        : { ...p, measures: (p.measures ?? []).map((m) => (m.key === key ? { ...m, ...patch } : m)) },
    );
  const title = project.name || et('kp.unnamed');
  const rows: MeasureRow[] = [
    {
      key: 'main',
      name: project.measure,
      unitOfMeasure: project.unitOfMeasure,
      kind: 'count',
      target: project.target,
      actual: project.actual,
      sample: false,
      headline: true,
    },
    ...measures.map((m) => ({ ...m, sample: m.sample === true, headline: false })),
  ];
  const num = (m: MeasureRow, field: 'target' | 'actual') => {
    // The headline keeps its old field ids (findings point to them).
    const id = keyProjectFieldId(project.code, m.headline ? field : `${m.key}-${field}`);
    return (
      <DecimalInput
        id={id}
        label={`${title} ${m.name} ${t(`kp.${field}`)}`}
        value={m[field]}
        nullable
        onChange={(v) => setMeasure(m.key, { [field]: v })}
        highlight={focus === id}
        invalidText={t('ed.budget.invalid')}
      />
    );
  };
  const text = (m: MeasureRow, field: 'name' | 'unitOfMeasure', label: string) => {
    const name = `${title} ${label} ${m.headline ? '' : m.key}`.trim();
    if (readOnly) return <ReadOnlyText label={name} value={m[field]} />;
    return (
      <Input
        aria-label={name}
        value={m[field]}
        status={field === 'name' && !m[field].trim() ? 'warning' : undefined}
        onChange={(e) => setMeasure(m.key, { [field]: e.target.value })}
      />
    );
  };
  const phone = Grid.useBreakpoint().md === false;
  const kindLabel = (m: MeasureRow) => et(m.kind === 'money' ? 'kp.kind.money' : 'kp.kind.count');
  const kind = (m: MeasureRow) =>
    m.headline || readOnly ? (
      <div style={{ padding: '4px 0' }}>{kindLabel(m)}</div>
    ) : (
      <Select<'count' | 'money'>
        aria-label={`${title} ${m.name} ${et('kp.kind')}`}
        value={m.kind}
        style={{ width: '100%' }}
        options={[
          { value: 'count', label: et('kp.kind.count') },
          { value: 'money', label: et('kp.kind.money') },
        ]}
        onChange={(kind) => setMeasure(m.key, { kind, ...(kind === 'money' ? { unitOfMeasure: '万元' } : {}) })}
      />
    );
  const measureName = (m: MeasureRow) => (
    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
      {text(m, 'name', t('kp.measure'))}
      {(m.headline || m.sample) && (
        <span>
          {m.headline && <Tag color="blue">{et('kp.headline')}</Tag>}
          {m.sample && <Tag color="gold">{et('sample')}</Tag>}
        </span>
      )}
    </Space>
  );
  const measureRate = (m: MeasureRow) => (
    <Typography.Text strong aria-label={`${title} ${m.name} ${t('kp.rate')}`}>
      {rateOf(m.target, m.actual) ?? '—'}
    </Typography.Text>
  );
  const removeMeasure = (m: MeasureRow) =>
    !m.headline &&
    !readOnly && (
      <Button
        size="small"
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={`${et('kp.removeMeasure')} ${m.name || m.key}`}
        onClick={() => set((p) => ({ ...p, measures: (p.measures ?? []).filter((x) => x.key !== m.key) }))}
      />
    );
  const removeProject = !readOnly && (
    <Popconfirm
      title={et('kp.removeConfirm', { name: title })}
      description={count === 1 ? et('kp.removeLast') : undefined}
      okText={t('common.remove')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onConfirm={() => update((c) => ({ ...c, keyProjects: c.keyProjects.filter((_, i) => i !== index) }))}
    >
      <Button danger size="small" icon={<DeleteOutlined />} aria-label={`${et('kp.remove')} ${title}`}>
        {et('kp.remove')}
      </Button>
    </Popconfirm>
  );

  return (
    <Card
      size="small"
      title={
        readOnly ? (
          <span data-project-name={index + 1} style={{ whiteSpace: 'normal' }}>
            {title}
          </span>
        ) : (
          <Input
            aria-label={`${et('kp.name')} ${index + 1}`}
            placeholder={et('kp.namePlaceholder')}
            value={project.name}
            status={project.name.trim() ? undefined : 'warning'}
            onChange={(e) => set((p) => ({ ...p, name: e.target.value }))}
            style={{ fontWeight: 600, maxWidth: 520 }}
          />
        )
      }
      extra={phone ? null : removeProject}
    >
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        {phone ? (
          <section aria-label={`${title} ${et('kp.measures')}`}>
            {rows.map((m) => (
              <PhoneLine
                key={m.key}
                testId={`measure-${m.key}`}
                name={measureName(m)}
                remove={removeMeasure(m)}
                cells={[
                  { label: et('kp.unitOfMeasure'), node: text(m, 'unitOfMeasure', et('kp.unitOfMeasure')) },
                  { label: et('kp.kind'), node: kind(m) },
                  { label: t('kp.target'), node: num(m, 'target') },
                  { label: t('kp.actual'), node: num(m, 'actual') },
                  { label: t('kp.rate'), node: <div style={{ padding: '4px 0' }}>{measureRate(m)}</div> },
                ]}
              />
            ))}
          </section>
        ) : (
          <Table<MeasureRow>
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={rows}
            scroll={{ x: 744 }}
            aria-label={`${title} ${et('kp.measures')}`}
            columns={[
              {
                title: t('kp.measure'),
                key: 'name',
                fixed: 'left',
                width: 150,
                render: (_, m) => measureName(m),
              },
              { title: et('kp.unitOfMeasure'), key: 'unit', width: 80, render: (_, m) => text(m, 'unitOfMeasure', et('kp.unitOfMeasure')) },
              { title: et('kp.kind'), key: 'kind', width: 124, render: (_, m) => kind(m) },
              { title: t('kp.target'), key: 'target', width: 120, render: (_, m) => num(m, 'target') },
              { title: t('kp.actual'), key: 'actual', width: 120, render: (_, m) => num(m, 'actual') },
              { title: t('kp.rate'), key: 'rate', width: 90, render: (_, m) => measureRate(m) },
              ...removeColumn<MeasureRow>(readOnly, t('common.actions'), removeMeasure, 50),
            ]}
          />
        )}
        {!readOnly && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() =>
              set((p) => ({
                ...p,
                measures: [
                  ...(p.measures ?? []),
                  {
                    key: nextKey(
                      'm',
                      (p.measures ?? []).map((m) => m.key),
                    ),
                    name: '',
                    unitOfMeasure: '人',
                    kind: 'count',
                    target: null,
                    actual: null,
                  },
                ],
              }))
            }
          >
            {et('kp.addMeasure')}
          </Button>
        )}
        <ProjectFunding project={project} title={title} moneyMeasures={rows.filter((m) => m.kind === 'money').map((m) => m.name)} set={set} phone={phone} />
        {readOnly ? (
          project.note && <ReadOnlyText label={`${title} ${t('kp.note')}`} value={project.note} multiline />
        ) : (
          <Input.TextArea
            aria-label={`${title} ${t('kp.note')}`}
            placeholder={t('kp.note')}
            autoSize
            value={project.note ?? ''}
            onChange={(e) => set((p) => ({ ...p, note: e.target.value || null }))}
          />
        )}
        {phone && removeProject && <div style={{ textAlign: 'right' }}>{removeProject}</div>}
      </Space>
    </Card>
  );
}

export function KeyProjectsTab() {
  const et = useEt();
  const { t } = useI18n();
  const { content, update, readOnly } = useEditor();
  const add = () => update((c) => ({ ...c, keyProjects: [...c.keyProjects, newProject(c.keyProjects.map((p) => p.code))] }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {!content.keyProjects.length && <Empty description={t('kp.empty')} />}
      {content.keyProjects.map((p, i) => (
        <Project key={p.code} project={p} index={i} count={content.keyProjects.length} />
      ))}
      {!readOnly && (
        <Button type="dashed" block icon={<PlusOutlined />} onClick={add}>
          {et('kp.add')}
        </Button>
      )}
    </Space>
  );
}
