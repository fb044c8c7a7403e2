// 首次提交: nothing to compare with, so the reviewer reads a summary instead of an empty diff —
// key figures, the score and grade, and every finding with the filler's explanation.
import { Alert, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { keyFigures } from '../../../../src/domain/review/summary.js';
import { getFindings, type Evaluation } from '../../api.js';
import { useI18n } from '../../i18n/index.js';
import { useLoad } from '../../lib/useLoad.js';
import { useEt } from '../editor/i18n.js';
import { useRt } from '../editor/useRt.js';

/** `since`: the evaluation is unchanged since that submission (an approved one being spot-checked, a
 *  return not yet answered): the same summary, said so, instead of an empty table of changes. */
export function FirstSubmissionSummary({ evaluation: e, since }: { evaluation: Evaluation; since?: string }) {
  const rt = useRt();
  const et = useEt();
  const { lang, t } = useI18n();
  const findings = useLoad(() => getFindings(e.id), [e.id]);
  const figures = keyFigures(e, lang);
  const list = findings.data?.findings ?? [];
  const errors = list.filter((f) => f.severity === 'error').length;
  return (
    <Card id="review-summary" size="small" title={since ? rt('sum.titleSame') : rt('sum.title')}>
      <Typography.Paragraph type="secondary">{since ? rt('sum.hintSame', { since }) : rt('sum.hint')}</Typography.Paragraph>
      <Space size="large" wrap style={{ marginBottom: 12 }}>
        <span>
          {rt('sum.score')}
          {t('common.colon')}
          <Typography.Text strong style={{ fontSize: 20 }} data-testid="summary-score">
            {e.totalScore ?? rt('sum.noScore')}
          </Typography.Text>
        </span>
        <span>
          {rt('sum.grade')}
          {t('common.colon')}
          {e.grade ? (
            <Tag color={e.grade === 'excellent' ? 'green' : e.grade === 'good' ? 'blue' : 'orange'} data-testid="summary-grade">
              {et(`grade.${e.grade}`)}
            </Tag>
          ) : (
            '—'
          )}
        </span>
      </Space>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} title={rt('sum.figures')} data-testid="summary-figures">
        {figures.map((f) => (
          <Descriptions.Item key={f.label} label={f.label}>
            <span title={f.note}>{f.value}</span>
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {rt('sum.findings', { errors, warnings: list.length - errors })}
      </Typography.Title>
      {findings.error && <Alert type="error" title={findings.error.message} />}
      <List
        size="small"
        data-testid="summary-findings"
        dataSource={list}
        // a plain string takes the list's faint placeholder grey (#bfbfbf, 1.8:1): “no problems” is news, in body text
        locale={{ emptyText: <Typography.Text>{rt('sum.noFindings')}</Typography.Text> }}
        renderItem={(f) => (
          <List.Item data-severity={f.severity}>
            <div style={{ overflowWrap: 'anywhere' }}>
              <Tag color={f.severity === 'error' ? 'red' : 'gold'}>{t(f.severity === 'error' ? 'find.error' : 'find.warning')}</Tag>
              {lang === 'en' && f.messageEn ? f.messageEn : f.message}
              <div>
                <Typography.Text type={f.explanation ? undefined : 'secondary'} style={{ fontSize: 12 }}>
                  {f.explanation ? rt('sum.explained', { note: f.explanation }) : rt('sum.unexplained')}
                </Typography.Text>
              </div>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
