// 预算执行: four budget types × 基本/项目/合计 × four figures (万元), with the identities checked live.
// Desktop: one table per type. Phone: one block per row (基本/项目/合计), its four figures two by two.
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Alert, Button, Card, Dropdown, Grid, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { BUDGET_FIGURES, BUDGET_TYPES, type BudgetAccount, type BudgetFigure, type BudgetRowClass, type BudgetType } from '../../../../src/domain/types.js';
import { DecimalInput } from '../../components/DecimalInput.js';
import { useI18n } from '../../i18n/index.js';
import { BudgetLinesCard, ThreePublicCard } from './BudgetLines.js';
import { accountStatus } from './budgetStatus.js';
import { useEditor } from './context.js';
import { useEt } from './i18n.js';

const ROWS: BudgetRowClass[] = ['basic', 'project', 'total'];
const zero = () => ({ opening: '0', income: '0', expenditure: '0', closing: '0' });

export const budgetFieldId = (type: string, row: string, figure: string) => `budget-${type}-${row}-${figure}`;

function Account({ account, index }: { account: BudgetAccount; index: number }) {
  const { t, lang } = useI18n();
  const et = useEt();
  const { update, readOnly, focus } = useEditor();
  const typeLabel = t(`budgetType.${account.budgetType}`);
  const set = (fn: (a: BudgetAccount) => BudgetAccount) => update((c) => ({ ...c, budget: c.budget.map((a, i) => (i === index ? fn(a) : a)) }));
  const setFigure = (row: BudgetRowClass, figure: BudgetFigure, v: string) =>
    set((a) => ({ ...a, rows: { ...a.rows, [row]: { ...(a.rows[row] ?? zero()), [figure]: v } } }));
  const status = accountStatus(account);
  const sums = status.sums;
  const remove = () => update((c) => ({ ...c, budget: c.budget.filter((_, i) => i !== index) }));

  const phone = Grid.useBreakpoint().md === false;
  const input = (row: BudgetRowClass, figure: BudgetFigure) => {
    const id = budgetFieldId(account.budgetType, row, figure);
    const sumOff = sums?.find((s) => s.figure === figure && s.finding);
    return (
      <DecimalInput
        id={id}
        label={`${typeLabel} ${t(`row.${row}`)} ${t(`figure.${figure}`)}`}
        value={account.rows[row]?.[figure] ?? ''}
        onChange={(v) => setFigure(row, figure, v ?? '0')}
        highlight={focus === id || (row === 'total' && !!sumOff)}
        invalidText={t('ed.budget.invalid')}
      />
    );
  };
  const identity = (row: BudgetRowClass) => {
    const c = status.rows[row];
    if (!c) return null;
    if (c.state === 'ok')
      return (
        <Tag color="success" icon={<CheckCircleFilled />} data-check={`identity-${account.budgetType}-${row}`}>
          {t('ed.budget.ok')}
        </Tag>
      );
    if (c.state === 'rounding')
      return (
        <Tag
          color="warning"
          icon={<ExclamationCircleFilled />}
          role="status"
          data-check={`identity-${account.budgetType}-${row}`}
          data-severity="warning"
          title={lang === 'en' ? (c.finding.messageEn ?? c.finding.message) : c.finding.message}
        >
          {et('budget.rounding', { expected: c.expected })}
        </Tag>
      );
    return (
      <Tag
        color="error"
        icon={<CloseCircleFilled />}
        role="status"
        data-check={`identity-${account.budgetType}-${row}`}
        data-severity="error"
        style={{ whiteSpace: 'normal' }}
      >
        {t('ed.budget.off', { expected: c.expected ?? '' })}
      </Tag>
    );
  };

  const columns = [
    {
      title: <span className="sr-only">{t('row.header')}</span>,
      dataIndex: 'row',
      key: 'row',
      width: 120 /* "expenditure" on one line in English */,
      render: (r: BudgetRowClass) => <Typography.Text strong={r === 'total'}>{t(`row.${r}`)}</Typography.Text>,
    },
    ...BUDGET_FIGURES.map((figure) => ({
      title: t(`figure.${figure}`),
      key: figure,
      render: (_: unknown, { row }: { row: BudgetRowClass }) => input(row, figure),
    })),
    { title: t('ed.budget.identity'), key: 'identity', width: 190, render: (_: unknown, { row }: { row: BudgetRowClass }) => identity(row) },
  ];
  const stacked = (
    <div data-budget-phone={account.budgetType}>
      {ROWS.map((row) => (
        <section
          key={row}
          aria-label={`${typeLabel} ${t(`row.${row}`)}`}
          style={{ padding: '8px 0', borderTop: row === 'basic' ? undefined : '1px solid #f0f0f0' }}
        >
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, marginBottom: 6, flexWrap: 'wrap' }}>
            <Typography.Text strong>{t(`row.${row}`)}</Typography.Text>
            {identity(row)}
          </div>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: '6px 10px' }}>
            {BUDGET_FIGURES.map((figure) => (
              <div key={figure} style={{ minWidth: 0 }}>
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                  {t(`figure.${figure}`)}
                </Typography.Text>
                {input(row, figure)}
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );

  return (
    <Card
      size="small"
      title={typeLabel}
      extra={
        !readOnly && (
          <Space wrap>
            <span>{t('ed.budget.noActivity')}</span>
            <Switch
              aria-label={`${typeLabel} ${t('ed.budget.noActivity')}`}
              checked={account.noActivity}
              onChange={(on) =>
                set((a) => ({
                  ...a,
                  noActivity: on,
                  rows: on ? a.rows : Object.keys(a.rows).length ? a.rows : { basic: zero(), project: zero(), total: zero() },
                }))
              }
            />
            {!readOnly && account.budgetType !== 'general' && (
              <Popconfirm
                title={et('budget.removeConfirm', { type: typeLabel })}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={remove}
              >
                <Button size="small" danger aria-label={`${et('budget.remove')} ${typeLabel}`}>
                  {et('budget.remove')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )
      }
    >
      {status.noActivityConflict && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={lang === 'en' ? (status.noActivityConflict.messageEn ?? status.noActivityConflict.message) : status.noActivityConflict.message}
        />
      )}
      {account.noActivity ? (
        <Typography.Text type="secondary">{t('ed.budget.noActivity')}</Typography.Text>
      ) : (
        <>
          {phone ? stacked : <Table size="small" pagination={false} rowKey="row" dataSource={ROWS.map((row) => ({ row }))} columns={columns} />}
          {sums && (
            <Space wrap style={{ marginTop: 8 }} aria-label={`${typeLabel} ${t('ed.budget.sumCheck')}`}>
              <Typography.Text type="secondary">
                {t('ed.budget.sumRule')}
                {t('common.colon')}
              </Typography.Text>
              {sums.map((s) =>
                !s.finding ? (
                  <Tag key={s.figure} color="success">
                    {t(`figure.${s.figure}`)} ✓
                  </Tag>
                ) : (
                  <Tag key={s.figure} color="error" role="status" data-check={`sum-${account.budgetType}-${s.figure}`}>
                    {t(`figure.${s.figure}`)}
                    {t('common.colon')}
                    {t('ed.budget.sumOff', { expected: s.expected ?? '', stated: s.stated ?? '' })}
                    {/* the 合计 is the sum: one click instead of adding it up and typing it again */}
                    {!readOnly && s.expected && (
                      <Button
                        type="link"
                        size="small"
                        style={{ padding: '0 0 0 6px', height: 'auto' }}
                        data-fill-total={`${account.budgetType}-${s.figure}`}
                        onClick={() => setFigure('total', s.figure, s.expected!)}
                      >
                        {t('ed.budget.fillTotal', { expected: s.expected })}
                      </Button>
                    )}
                  </Tag>
                ),
              )}
            </Space>
          )}
        </>
      )}
    </Card>
  );
}

/** A new budget type starts empty (zeros), to be filled or marked 无此类支出. */
export const newAccount = (budgetType: BudgetType): BudgetAccount => ({
  budgetType,
  noActivity: false,
  rows: { basic: zero(), project: zero(), total: zero() },
});

export function BudgetTab() {
  const { t } = useI18n();
  const et = useEt();
  const { content, update, readOnly } = useEditor();
  const missing = BUDGET_TYPES.filter((bt) => !content.budget.some((a) => a.budgetType === bt));
  const add = (bt: BudgetType) =>
    update((c) => ({ ...c, budget: [...c.budget, newAccount(bt)].sort((a, b) => BUDGET_TYPES.indexOf(a.budgetType) - BUDGET_TYPES.indexOf(b.budgetType)) }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {t('ed.budget.unit')} · {t('ed.budget.identityRule')}
      </Typography.Text>
      {content.budget.length === 0 && <Alert type="info" showIcon title={et('budget.none')} />}
      {content.budget.map((a, i) => (
        <Account key={a.budgetType} account={a} index={i} />
      ))}
      {!readOnly && missing.length > 0 && (
        <Dropdown
          menu={{ items: missing.map((bt) => ({ key: bt, label: t(`budgetType.${bt}`) })), onClick: ({ key }) => add(key as BudgetType) }}
          trigger={['click']}
        >
          <Button>{et('budget.add')}</Button>
        </Dropdown>
      )}
      <BudgetLinesCard />
      <ThreePublicCard />
    </Space>
  );
}

/** Errors across all budget types (the tab's badge): the domain rule's count. */
export const budgetErrorCount = (accounts: BudgetAccount[]): number => accounts.reduce((n, a) => n + accountStatus(a).errors, 0);
