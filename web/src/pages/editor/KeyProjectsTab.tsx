// 重点项目: each project's measures (the headline one plus any number of others — 检查人数, 救助人数,
// 救助金 …) with target, actual and completion rate, and its money by source (万元). Projects,
// measures and funding lines can be added and removed. On a phone each measure and funding line is a
// block of labelled fields; read-only (a reviewer, a submitted report) shows the values as text.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Card, Empty, Grid, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { div, isDecimal, mul, roundHalfUp, sum } from '../../../../src/domain/decimal.js';
import type { FundingSource, KeyProject, KeyProjectMeasure } from '../../../../src/domain/types.js';
import { DecimalInput } from '../../components/DecimalInput.js';
import { ReadOnlyText } from '../../components/ReadOnlyText.js';
import { useI18n } from '../../i18n/index.js';
import { useEditor } from './context.js';
import { useEt } from './i18n.js';
import { PhoneLine } from './PhoneLine.js';
import { removeColumn } from './columns.js';

export const keyProjectFieldId = (code: string, field: string) => `keyProject-${code}-${field}`;

const rateOf = (target: string | null, actual: string | null): string | null =>
  target && actual && isDecimal(target) && isDecimal(actual) && Number(target) !== 0 ? `${roundHalfUp(mul(div(actual, target), 100), 2)}%` : null;
export const completionRate = (p: Pick<KeyProject, 'target' | 'actual'>): string | null => rateOf(p.target, p.actual);

export const SOURCES = ['central', 'provincial', 'cityCounty', 'lottery', 'lotteryCentral', 'lotteryProvincial', 'other'] as const;

/** The next free key with this prefix ("kp1", "kp2" …; "m1", "m2" …). */
export function nextKey(prefix: string, taken: string[]): string {
  let n = 1;
  while (taken.includes(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export const newProject = (taken: string[]): KeyProject => ({
  code: nextKey('kp', taken),
  name: '',
  measure: '',
  unitOfMeasure: '人',
  target: null,
  actual: null,
  measures: [],
  funding: [],
  note: null,
});

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
  const setFunding = (j: number, patch: Partial<FundingSource>) => set((p) => ({ ...p, funding: p.funding.map((f, k) => (k === j ? { ...f, ...patch } : f)) }));
  const categories = [...new Set(project.funding.map((f) => f.category))];
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
  type FundingRow = FundingSource & { j: number };
  const categoryOptions = [...new Set([...categories, ...rows.filter((m) => m.kind === 'money').map((m) => m.name)])]
    .filter(Boolean)
    .map((c) => ({ value: c }));
  const sourceName = (s: string) => ((SOURCES as readonly string[]).includes(s) ? et(`source.${s as (typeof SOURCES)[number]}`) : s);
  const category = (f: FundingRow) =>
    readOnly ? (
      <ReadOnlyText label={`${title} ${t('kp.category')} ${f.j + 1}`} value={f.category} />
    ) : (
      <AutoComplete
        aria-label={`${title} ${t('kp.category')} ${f.j + 1}`}
        value={f.category}
        style={{ width: '100%' }}
        options={categoryOptions}
        onChange={(v: string) => setFunding(f.j, { category: v })}
      />
    );
  const source = (f: FundingRow) =>
    readOnly ? (
      <ReadOnlyText label={`${title} ${t('kp.source')} ${f.j + 1}`} value={sourceName(f.source)} />
    ) : (
      <Select<string>
        aria-label={`${title} ${t('kp.source')} ${f.j + 1}`}
        value={f.source}
        style={{ width: '100%' }}
        options={[...new Set([...SOURCES, f.source])].map((s) => ({ value: s, label: sourceName(s) }))}
        onChange={(source) =>
          setFunding(f.j, {
            source,
            ...(!f.label || (SOURCES as readonly string[]).some((s) => et(`source.${s as (typeof SOURCES)[number]}`) === f.label)
              ? { label: et(`source.${source as (typeof SOURCES)[number]}`) }
              : {}),
          })
        }
      />
    );
  const fundingLabel = (f: FundingRow) =>
    readOnly ? (
      <ReadOnlyText label={`${title} ${et('kp.fundingLabel')} ${f.j + 1}`} value={f.label} />
    ) : (
      <Input aria-label={`${title} ${et('kp.fundingLabel')} ${f.j + 1}`} value={f.label} onChange={(e) => setFunding(f.j, { label: e.target.value })} />
    );
  const amount = (f: FundingRow) => (
    <DecimalInput
      id={keyProjectFieldId(project.code, `funding-${f.j}`)}
      label={`${title} ${f.label} ${t('kp.amount')}`}
      value={f.amount}
      onChange={(v) => setFunding(f.j, { amount: v ?? '0' })}
      invalidText={t('ed.budget.invalid')}
    />
  );
  const removeFunding = (f: FundingRow) =>
    !readOnly && (
      <Button
        size="small"
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={`${et('kp.removeFunding')} ${f.j + 1}`}
        onClick={() => set((p) => ({ ...p, funding: p.funding.filter((_, k) => k !== f.j) }))}
      />
    );
  const funding: FundingRow[] = project.funding.map((f, j) => ({ ...f, j }));
  const total = (c?: string) => sum(project.funding.filter((f) => (c === undefined || f.category === c) && isDecimal(f.amount)).map((f) => f.amount));
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
        <div>
          <Typography.Text strong>{t('kp.funding')}</Typography.Text>
          {phone ? (
            <div data-testid="funding-phone">
              {funding.length === 0 && <Typography.Paragraph type="secondary">{t('common.none')}</Typography.Paragraph>}
              {funding.map((f) => (
                <PhoneLine
                  key={f.j}
                  testId={`funding-${f.j}`}
                  name={category(f)}
                  remove={removeFunding(f)}
                  cells={[
                    { label: t('kp.source'), node: source(f) },
                    { label: et('kp.fundingLabel'), node: fundingLabel(f) },
                    { label: t('kp.amount'), node: amount(f) },
                  ]}
                />
              ))}
              {funding.length > 0 && (
                <div style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
                  {categories.length > 1 &&
                    categories.map((c) => (
                      <div key={c} style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                        <span>
                          {c} {t('kp.sum')}
                        </span>
                        <span>{total(c)}</span>
                      </div>
                    ))}
                  <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, fontWeight: 600 }}>
                    <span>{t('kp.sum')}</span>
                    <span>{total()}</span>
                  </div>
                </div>
              )}
            </div>
          ) : (
            <Table<FundingRow>
              size="small"
              pagination={false}
              rowKey="j"
              scroll={{ x: 640 }}
              dataSource={funding}
              locale={{ emptyText: t('common.none') }}
              columns={[
                { title: t('kp.category'), key: 'category', width: 150, render: (_, f) => category(f) },
                { title: t('kp.source'), key: 'source', width: 150, render: (_, f) => source(f) },
                { title: et('kp.fundingLabel'), key: 'label', render: (_, f) => fundingLabel(f) },
                { title: t('kp.amount'), key: 'amount', width: 140, render: (_, f) => amount(f) },
                ...removeColumn<FundingRow>(readOnly, t('common.actions'), removeFunding, 50),
              ]}
              summary={() =>
                project.funding.length ? (
                  <>
                    {categories.length > 1 &&
                      categories.map((c) => (
                        <Table.Summary.Row key={c}>
                          <Table.Summary.Cell index={0} colSpan={3}>
                            {c} {t('kp.sum')}
                          </Table.Summary.Cell>
                          <Table.Summary.Cell index={3}>{total(c)}</Table.Summary.Cell>
                          {!readOnly && <Table.Summary.Cell index={4} />}
                        </Table.Summary.Row>
                      ))}
                    <Table.Summary.Row>
                      <Table.Summary.Cell index={0} colSpan={3}>
                        <strong>{t('kp.sum')}</strong>
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={3}>
                        <strong>{total()}</strong>
                      </Table.Summary.Cell>
                      {!readOnly && <Table.Summary.Cell index={4} />}
                    </Table.Summary.Row>
                  </>
                ) : null
              }
            />
          )}
          {!readOnly && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              style={{ marginTop: 8 }}
              onClick={() =>
                set((p) => ({
                  ...p,
                  funding: [
                    ...p.funding,
                    {
                      category: p.funding.at(-1)?.category ?? rows.find((m) => m.kind === 'money')?.name ?? '',
                      source: 'central',
                      label: et('source.central'),
                      amount: '0',
                    },
                  ],
                }))
              }
            >
              {et('kp.addFunding')}
            </Button>
          )}
        </div>
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
