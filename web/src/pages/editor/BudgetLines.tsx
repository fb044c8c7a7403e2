// 预算执行表 (年初预算数 / 全年预算数 / 全年执行数 by fund source, plus 政府采购) and "三公"经费
// (预算数 / 实际支出): the figures the computed indicators 预算执行率, 预算调整率, 政府采购执行率 and
// "三公"经费控制率 read. Empty until the filler starts them; lines can be removed. On a phone each
// line is a block with its figures two by two instead of a table that scrolls sideways.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Grid, Input, Space, Table, Typography } from 'antd';
import { div, isDecimal, isZero, mul, normalize, roundHalfUp } from '../../../../src/domain/decimal.js';
import type { BudgetLine, ThreePublicItem, ThreePublicLine } from '../../../../src/domain/types.js';
import { DecimalInput } from '../../components/DecimalInput.js';
import { useI18n } from '../../i18n/index.js';
import { useEditor } from './context.js';
import { useEt, type ET } from './i18n.js';
import { PhoneLine } from '../../components/PhoneLine.js';
import { FigureText, removeColumn } from './columns.js';

const LINE_KEYS = ['total', 'fiscal', 'carryover', 'other'] as const;
const lineLabel = (et: ET, key: string) => ((LINE_KEYS as readonly string[]).includes(key) || key === 'procurement' ? et(`line.${key as 'total'}`) : key);
const newLine = (et: ET, key: string): BudgetLine => ({ key, label: lineLabel(et, key), initial: null, adjusted: null, executed: null });
const THREE_PUBLIC: ThreePublicItem[] = ['total', 'reception', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'overseas'];

const rate = (num: string | null, den: string | null) =>
  num && den && isDecimal(num) && isDecimal(den) && !isZero(den) ? `${normalize(roundHalfUp(mul(div(num, den), 100), 2))}%` : '—';

export function BudgetLinesCard() {
  const { t } = useI18n();
  const et = useEt();
  const { content, update, readOnly } = useEditor();
  const lines = content.budgetLines;
  const setLine = (key: string, patch: Partial<BudgetLine>) =>
    update((c) => ({ ...c, budgetLines: c.budgetLines.map((l) => (l.key === key ? { ...l, ...patch } : l)) }));
  const missing = [...LINE_KEYS, 'procurement'].filter((k) => !lines.some((l) => l.key === k));
  const num = (l: BudgetLine, field: 'initial' | 'adjusted' | 'executed') => (
    <DecimalInput
      id={`line-${l.key}-${field}`}
      label={`${l.label} ${et(`line.${field}`)}`}
      value={l[field]}
      nullable
      onChange={(v) => setLine(l.key, { [field]: v })}
      invalidText={t('ed.budget.invalid')}
    />
  );
  const phone = Grid.useBreakpoint().md === false;
  const name = (l: BudgetLine) =>
    readOnly || (LINE_KEYS as readonly string[]).includes(l.key) || l.key === 'procurement' ? (
      l.label
    ) : (
      <Input aria-label={`${et('line.item')} ${l.key}`} value={l.label} onChange={(e) => setLine(l.key, { label: e.target.value })} />
    );
  const remove = (l: BudgetLine) =>
    !readOnly && (
      <Button
        size="small"
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={`${et('line.remove')} ${l.label}`}
        onClick={() => update((c) => ({ ...c, budgetLines: c.budgetLines.filter((x) => x.key !== l.key) }))}
      />
    );
  const lineRate = (l: BudgetLine) => <span data-line-rate={l.key}>{rate(l.executed, l.adjusted ?? l.initial)}</span>;
  return (
    <Card size="small" title={et('line.title')} extra={<Typography.Text type="secondary">{t('ed.budget.unit')}</Typography.Text>}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {et('line.hint')}
      </Typography.Paragraph>
      {lines.length > 0 && phone && (
        <div data-testid="budget-lines-phone">
          {lines.map((l) => (
            <PhoneLine
              key={l.key}
              testId={l.key}
              name={name(l)}
              remove={remove(l)}
              cells={[
                { label: et('line.initial'), node: num(l, 'initial') },
                { label: et('line.adjusted'), node: num(l, 'adjusted') },
                { label: et('line.executed'), node: num(l, 'executed') },
                { label: et('line.rate'), node: <FigureText>{lineRate(l)}</FigureText> },
              ]}
            />
          ))}
        </div>
      )}
      {lines.length > 0 && !phone && (
        <Table<BudgetLine>
          size="small"
          pagination={false}
          rowKey="key"
          scroll={{ x: 720 }}
          dataSource={lines}
          columns={[
            {
              title: et('line.item'),
              key: 'label',
              fixed: 'left',
              width: 170,
              render: (_, l) => name(l),
            },
            { title: et('line.initial'), key: 'initial', width: 130, render: (_, l) => num(l, 'initial') },
            { title: et('line.adjusted'), key: 'adjusted', width: 130, render: (_, l) => num(l, 'adjusted') },
            { title: et('line.executed'), key: 'executed', width: 130, render: (_, l) => num(l, 'executed') },
            { title: et('line.rate'), key: 'rate', width: 90, render: (_, l) => lineRate(l) },
            ...removeColumn<BudgetLine>(readOnly, t('common.actions'), remove),
          ]}
        />
      )}
      {!readOnly && missing.length > 0 && (
        <Space wrap style={{ marginTop: 8 }}>
          {lines.length === 0 ? (
            <Button icon={<PlusOutlined />} onClick={() => update((c) => ({ ...c, budgetLines: LINE_KEYS.map((k) => newLine(et, k)) }))}>
              {et('line.start')}
            </Button>
          ) : (
            missing.map((k) => (
              <Button key={k} size="small" icon={<PlusOutlined />} onClick={() => update((c) => ({ ...c, budgetLines: [...c.budgetLines, newLine(et, k)] }))}>
                {lineLabel(et, k)}
              </Button>
            ))
          )}
        </Space>
      )}
    </Card>
  );
}

export function ThreePublicCard() {
  const { t } = useI18n();
  const et = useEt();
  const { content, update, readOnly } = useEditor();
  const lines = [...content.threePublic].sort((a, b) => THREE_PUBLIC.indexOf(a.item) - THREE_PUBLIC.indexOf(b.item));
  const setLine = (item: ThreePublicItem, patch: Partial<ThreePublicLine>) =>
    update((c) => ({ ...c, threePublic: c.threePublic.map((l) => (l.item === item ? { ...l, ...patch } : l)) }));
  const missing = THREE_PUBLIC.filter((i) => !lines.some((l) => l.item === i));
  const num = (l: ThreePublicLine, field: 'budget' | 'actual') => (
    <DecimalInput
      id={`threePublic-${l.item}-${field}`}
      label={`${et(`tp.${l.item}`)} ${et(`tp.${field}`)}`}
      value={l[field]}
      nullable
      onChange={(v) => setLine(l.item, { [field]: v })}
      invalidText={t('ed.budget.invalid')}
    />
  );
  const phone = Grid.useBreakpoint().md === false;
  const remove = (l: ThreePublicLine) =>
    !readOnly && (
      <Button
        size="small"
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={`${et('line.remove')} ${et(`tp.${l.item}`)}`}
        onClick={() => update((c) => ({ ...c, threePublic: c.threePublic.filter((x) => x.item !== l.item) }))}
      />
    );
  return (
    <Card size="small" title={et('tp.title')} extra={<Typography.Text type="secondary">{t('ed.budget.unit')}</Typography.Text>}>
      {lines.length > 0 && phone && (
        <div data-testid="three-public-phone">
          {lines.map((l) => (
            <PhoneLine
              key={l.item}
              testId={l.item}
              name={et(`tp.${l.item}`)}
              remove={remove(l)}
              cells={[
                { label: et('tp.budget'), node: num(l, 'budget') },
                { label: et('tp.actual'), node: num(l, 'actual') },
                { label: et('tp.rate'), node: <FigureText>{rate(l.actual, l.budget)}</FigureText> },
              ]}
            />
          ))}
        </div>
      )}
      {lines.length > 0 && !phone && (
        <Table<ThreePublicLine>
          size="small"
          pagination={false}
          rowKey="item"
          scroll={{ x: 560 }}
          dataSource={lines}
          columns={[
            { title: et('line.item'), key: 'item', fixed: 'left', width: 170, render: (_, l) => et(`tp.${l.item}`) },
            { title: et('tp.budget'), key: 'budget', width: 130, render: (_, l) => num(l, 'budget') },
            { title: et('tp.actual'), key: 'actual', width: 130, render: (_, l) => num(l, 'actual') },
            { title: et('tp.rate'), key: 'rate', width: 90, render: (_, l) => rate(l.actual, l.budget) },
            ...removeColumn<ThreePublicLine>(readOnly, t('common.actions'), remove),
          ]}
        />
      )}
      {!readOnly && missing.length > 0 && (
        <Space wrap style={{ marginTop: lines.length ? 8 : 0 }}>
          {lines.length === 0 ? (
            <Button
              icon={<PlusOutlined />}
              onClick={() =>
                update((c) => ({
                  ...c,
                  threePublic: (['total', 'reception', 'vehicles', 'overseas'] as ThreePublicItem[]).map((item) => ({ item, budget: null, actual: null })),
                }))
              }
            >
              {et('tp.start')}
            </Button>
          ) : (
            missing.map((item) => (
              <Button
                key={item}
                size="small"
                icon={<PlusOutlined />}
                onClick={() => update((c) => ({ ...c, threePublic: [...c.threePublic, { item, budget: null, actual: null }] }))}
              >
                {et(`tp.${item}`)}
              </Button>
            ))
          )}
        </Space>
      )}
    </Card>
  );
}
