// 预算执行: four budget types × 基本/项目/合计 × four figures (万元), with the identities checked live.
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Card, Space, Switch, Table, Tag, Typography } from 'antd';
import { BUDGET_FIGURES, type BudgetAccount, type BudgetFigure, type BudgetRowClass } from '../../../../src/domain/types.js';
import { DecimalInput } from '../../components/DecimalInput.js';
import { useI18n } from '../../i18n/index.js';
import { rowIdentity, sumChecks } from './budgetChecks.js';
import { useEditor } from './context.js';

const ROWS: BudgetRowClass[] = ['basic', 'project', 'total'];
const zero = () => ({ opening: '0', income: '0', expenditure: '0', closing: '0' });

export const budgetFieldId = (type: string, row: string, figure: string) => `budget-${type}-${row}-${figure}`;

function Account({ account, index }: { account: BudgetAccount; index: number }) {
  const { t } = useI18n();
  const { update, readOnly, focus } = useEditor();
  const typeLabel = t(`budgetType.${account.budgetType}`);
  const set = (fn: (a: BudgetAccount) => BudgetAccount) => update((c) => ({ ...c, budget: c.budget.map((a, i) => (i === index ? fn(a) : a)) }));
  const setFigure = (row: BudgetRowClass, figure: BudgetFigure, v: string) =>
    set((a) => ({ ...a, rows: { ...a.rows, [row]: { ...(a.rows[row] ?? zero()), [figure]: v } } }));
  const sums = sumChecks(account);

  const columns = [
    { title: '', dataIndex: 'row', key: 'row', width: 120 /* "expenditure" on one line in English */, render: (r: BudgetRowClass) => <Typography.Text strong={r === 'total'}>{t(`row.${r}`)}</Typography.Text> },
    ...BUDGET_FIGURES.map((figure) => ({
      title: t(`figure.${figure}`),
      key: figure,
      render: (_: unknown, { row }: { row: BudgetRowClass }) => {
        const id = budgetFieldId(account.budgetType, row, figure);
        const sumOff = sums?.find((s) => s.figure === figure && !s.ok);
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
      },
    })),
    {
      title: t('ed.budget.identity'),
      key: 'identity',
      width: 190,
      render: (_: unknown, { row }: { row: BudgetRowClass }) => {
        const c = rowIdentity(account.rows[row]);
        if (!c) return null;
        return c.ok ? (
          <Tag color="success" icon={<CheckCircleFilled />} data-check={`identity-${account.budgetType}-${row}`}>
            {t('ed.budget.ok')}
          </Tag>
        ) : (
          <Tag color="error" icon={<CloseCircleFilled />} role="status" data-check={`identity-${account.budgetType}-${row}`}>
            {t('ed.budget.off', { expected: c.expected ?? '' })}
          </Tag>
        );
      },
    },
  ];

  return (
    <Card
      size="small"
      title={typeLabel}
      extra={
        <Space>
          <span>{t('ed.budget.noActivity')}</span>
          <Switch
            aria-label={`${typeLabel} ${t('ed.budget.noActivity')}`}
            checked={account.noActivity}
            disabled={readOnly}
            onChange={(on) =>
              set((a) => ({ ...a, noActivity: on, rows: on ? a.rows : Object.keys(a.rows).length ? a.rows : { basic: zero(), project: zero(), total: zero() } }))
            }
          />
        </Space>
      }
    >
      {account.noActivity ? (
        <Typography.Text type="secondary">{t('ed.budget.noActivity')}</Typography.Text>
      ) : (
        <>
          <Table size="small" pagination={false} rowKey="row" dataSource={ROWS.map((row) => ({ row }))} columns={columns} />
          {sums && (
            <Space wrap style={{ marginTop: 8 }} aria-label={`${typeLabel} ${t('ed.budget.sumCheck')}`}>
              <Typography.Text type="secondary">{t('ed.budget.sumRule')}{t('common.colon')}</Typography.Text>
              {sums.map((s) =>
                s.ok ? (
                  <Tag key={s.figure} color="success">
                    {t(`figure.${s.figure}`)} ✓
                  </Tag>
                ) : (
                  <Tag key={s.figure} color="error" role="status" data-check={`sum-${account.budgetType}-${s.figure}`}>
                    {t(`figure.${s.figure}`)}{t('common.colon')}{t('ed.budget.sumOff', { expected: s.expected, stated: s.stated })}
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

export function BudgetTab() {
  const { t } = useI18n();
  const { content } = useEditor();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {t('ed.budget.unit')} · {t('ed.budget.identityRule')}
      </Typography.Text>
      {content.budget.map((a, i) => (
        <Account key={a.budgetType} account={a} index={i} />
      ))}
    </Space>
  );
}
