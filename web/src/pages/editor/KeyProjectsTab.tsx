// 重点项目: target, actual and completion rate per project, and its money by source (万元).
import { Card, Col, Descriptions, Empty, Input, Row, Space, Table, Typography } from 'antd';
import { div, isDecimal, mul, roundHalfUp, sum } from '../../../../src/domain/decimal.js';
import type { FundingSource, KeyProject } from '../../../../src/domain/types.js';
import { DecimalInput } from '../../components/DecimalInput.js';
import { useI18n } from '../../i18n/index.js';
import { useEditor } from './context.js';

export const keyProjectFieldId = (code: string, field: string) => `keyProject-${code}-${field}`;

export const completionRate = (p: KeyProject): string | null =>
  p.target && p.actual && isDecimal(p.target) && isDecimal(p.actual) && Number(p.target) !== 0 ? `${roundHalfUp(mul(div(p.actual, p.target), 100), 2)}%` : null;

function Project({ project, index }: { project: KeyProject; index: number }) {
  const { t } = useI18n();
  const { update, readOnly, focus } = useEditor();
  const set = (fn: (p: KeyProject) => KeyProject) => update((c) => ({ ...c, keyProjects: c.keyProjects.map((p, i) => (i === index ? fn(p) : p)) }));
  const setFunding = (j: number, patch: Partial<FundingSource>) => set((p) => ({ ...p, funding: p.funding.map((f, k) => (k === j ? { ...f, ...patch } : f)) }));
  const categories = [...new Set(project.funding.map((f) => f.category))];
  const num = (field: 'target' | 'actual') => {
    const id = keyProjectFieldId(project.code, field);
    return (
      <DecimalInput
        id={id}
        label={`${project.name} ${t(`kp.${field}`)}`}
        value={project[field]}
        nullable
        onChange={(v) => set((p) => ({ ...p, [field]: v }))}
        highlight={focus === id}
        invalidText={t('ed.budget.invalid')}
        width={160}
      />
    );
  };
  return (
    <Card size="small" title={project.name}>
      <Row gutter={16}>
        <Col span={24}>
          <Descriptions size="small" column={4} bordered>
            <Descriptions.Item label={t('kp.measure')}>
              {project.measure}（{project.unitOfMeasure}）
            </Descriptions.Item>
            <Descriptions.Item label={t('kp.target')}>{num('target')}</Descriptions.Item>
            <Descriptions.Item label={t('kp.actual')}>{num('actual')}</Descriptions.Item>
            <Descriptions.Item label={t('kp.rate')}>
              <Typography.Text strong aria-label={`${project.name} ${t('kp.rate')}`}>
                {completionRate(project) ?? '—'}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </Col>
        <Col span={24} style={{ marginTop: 12 }}>
          <Typography.Text strong>{t('kp.funding')}</Typography.Text>
          <Table<FundingSource & { j: number }>
            size="small"
            pagination={false}
            rowKey="j"
            dataSource={project.funding.map((f, j) => ({ ...f, j }))}
            locale={{ emptyText: t('common.none') }}
            columns={[
              { title: t('kp.category'), dataIndex: 'category', width: 160 },
              { title: t('kp.source'), dataIndex: 'label' },
              {
                title: t('kp.amount'),
                key: 'amount',
                width: 180,
                render: (_, f) => (
                  <DecimalInput
                    id={keyProjectFieldId(project.code, `funding-${f.j}`)}
                    label={`${project.name} ${f.label} ${t('kp.amount')}`}
                    value={f.amount}
                    onChange={(v) => setFunding(f.j, { amount: v ?? '0' })}
                    invalidText={t('ed.budget.invalid')}
                  />
                ),
              },
            ]}
            summary={() =>
              project.funding.length ? (
                <>
                  {categories.length > 1 &&
                    categories.map((c) => (
                      <Table.Summary.Row key={c}>
                        <Table.Summary.Cell index={0} colSpan={2}>
                          {c} {t('kp.sum')}
                        </Table.Summary.Cell>
                        <Table.Summary.Cell index={2}>{sum(project.funding.filter((f) => f.category === c && isDecimal(f.amount)).map((f) => f.amount))}</Table.Summary.Cell>
                      </Table.Summary.Row>
                    ))}
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0} colSpan={2}>
                      <strong>{t('kp.sum')}</strong>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={2}>
                      <strong>{sum(project.funding.filter((f) => isDecimal(f.amount)).map((f) => f.amount))}</strong>
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                </>
              ) : null
            }
          />
        </Col>
        <Col span={24} style={{ marginTop: 12 }}>
          <Input.TextArea
            aria-label={`${project.name} ${t('kp.note')}`}
            placeholder={t('kp.note')}
            autoSize
            disabled={readOnly}
            value={project.note ?? ''}
            onChange={(e) => set((p) => ({ ...p, note: e.target.value || null }))}
          />
        </Col>
      </Row>
    </Card>
  );
}

export function KeyProjectsTab() {
  const { t } = useI18n();
  const { content } = useEditor();
  if (!content.keyProjects.length) return <Empty description={t('kp.empty')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {content.keyProjects.map((p, i) => (
        <Project key={p.code} project={p} index={i} />
      ))}
    </Space>
  );
}
