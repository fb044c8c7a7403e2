// A key project's money by source (万元): category, source, label and amount per line, with totals
// per category and overall; a table on a laptop, labelled blocks on a phone.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Input, Select, Table, Typography } from 'antd';
import { isDecimal, sum } from '../../../../src/domain/decimal.js';
import type { FundingSource, KeyProject } from '../../../../src/domain/types.js';
import { DecimalInput } from '../../components/DecimalInput.js';
import { ReadOnlyText } from '../../components/ReadOnlyText.js';
import { useI18n } from '../../i18n/index.js';
import { removeColumn } from './columns.js';
import { useEditor } from './context.js';
import { useEt } from './i18n.js';
import { keyProjectFieldId, nextFundingSource, SOURCES } from './keyProjectModel.js';
import { PhoneLine } from '../../components/PhoneLine.js';

export function ProjectFunding({
  project,
  title,
  moneyMeasures,
  set,
  phone,
}: {
  project: KeyProject;
  title: string;
  /** Names of the project's money measures: offered as categories, the first one is a new line's. */
  moneyMeasures: string[];
  set: (fn: (p: KeyProject) => KeyProject) => void;
  phone: boolean;
}) {
  const { t } = useI18n();
  const et = useEt();
  const { readOnly } = useEditor();
  const setFunding = (j: number, patch: Partial<FundingSource>) => set((p) => ({ ...p, funding: p.funding.map((f, k) => (k === j ? { ...f, ...patch } : f)) }));
  const categories = [...new Set(project.funding.map((f) => f.category))];
  type FundingRow = FundingSource & { j: number };
  const categoryOptions = [...new Set([...categories, ...moneyMeasures])].filter(Boolean).map((c) => ({ value: c }));
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
  return (
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
            set((p) => {
              const category = p.funding.at(-1)?.category ?? moneyMeasures[0] ?? '';
              const source = nextFundingSource(p.funding, category);
              return { ...p, funding: [...p.funding, { category, source, label: et(`source.${source}`), amount: '0' }] };
            })
          }
        >
          {et('kp.addFunding')}
        </Button>
      )}
    </div>
  );
}
