// 基本情况: report title/date, staffing, departments, duties, introduction, and the profile narrative.
// Read-only (a reviewer, a submitted report): the values as text, without 删除/添加.
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Tag } from 'antd';
import { ReadOnlyText } from '../../components/ReadOnlyText.js';
import { parseNumber } from '../../../../src/domain/scoring/numbers.js';
import type { UnitProfile } from '../../../../src/domain/types.js';
import { DateField } from '../../components/DateField.js';
import { useI18n } from '../../i18n/index.js';
import { useEditor } from './context.js';
import { SectionsEditor } from './SectionsTab.js';

/**
 * A head count as typed: "５" (full-width, the IME's default) and "5人" read as 5. InputNumber's own
 * parser dropped "５" on blur, leaving 编制数 empty without a word.
 */
export const typedCount = (typed: string | undefined): string => parseNumber(typed ?? '') ?? (typed ?? '').trim();
// the input reads its parser's answer as a decimal string ('' is empty, text is "not a number")
const countParser = typedCount as unknown as (typed: string | undefined) => number;

const emptyProfile = (): UnitProfile => ({ authorizedPosts: null, staffActual: null, retired: null, departments: [], duties: [], intro: null });

export function ProfileTab() {
  const { t } = useI18n();
  const { content, update, readOnly } = useEditor();
  const p = content.profile ?? emptyProfile();
  const setProfile = (patch: Partial<UnitProfile>) => update((c) => ({ ...c, profile: { ...(c.profile ?? emptyProfile()), ...patch } }));
  const num = (field: 'authorizedPosts' | 'staffActual' | 'retired') => (
    <Form.Item label={t(`ed.profile.${field}`)} htmlFor={`profile-${field}`}>
      {readOnly ? (
        <ReadOnlyText id={`profile-${field}`} label={t(`ed.profile.${field}`)} value={p[field] ?? ''} />
      ) : (
        <InputNumber
          id={`profile-${field}`}
          aria-label={t(`ed.profile.${field}`)}
          min={0}
          precision={0}
          parser={countParser}
          value={p[field]}
          onChange={(v) => setProfile({ [field]: v ?? null })}
          style={{ width: '100%' }}
        />
      )}
    </Form.Item>
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Card size="small">
        <Form layout="vertical">
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item label={t('ed.reportTitle')} htmlFor="report-title">
                {readOnly ? (
                  <ReadOnlyText id="report-title" label={t('ed.reportTitle')} value={content.title} />
                ) : (
                  <Input
                    id="report-title"
                    aria-label={t('ed.reportTitle')}
                    value={content.title}
                    onChange={(e) => update((c) => ({ ...c, title: e.target.value }))}
                  />
                )}
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label={t('ed.reportDate')} htmlFor="report-date">
                {readOnly ? (
                  <ReadOnlyText id="report-date" label={t('ed.reportDate')} value={content.reportDate ?? ''} />
                ) : (
                  <DateField
                    id="report-date"
                    aria-label={t('ed.reportDate')}
                    disabled={readOnly}
                    value={content.reportDate ?? null}
                    onChange={(v) => update((c) => ({ ...c, reportDate: v }))}
                  />
                )}
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              {num('authorizedPosts')}
            </Col>
            <Col xs={12} md={8}>
              {num('staffActual')}
            </Col>
            <Col xs={12} md={8}>
              {num('retired')}
            </Col>
            <Col span={24}>
              <Form.Item label={t('ed.profile.departments')} htmlFor="profile-departments">
                {readOnly ? (
                  <ReadOnlyText
                    id="profile-departments"
                    label={t('ed.profile.departments')}
                    value={p.departments.length ? p.departments.map((d) => <Tag key={d}>{d}</Tag>) : ''}
                  />
                ) : (
                  <Select
                    id="profile-departments"
                    aria-label={t('ed.profile.departments')}
                    mode="tags"
                    value={p.departments}
                    onChange={(v: string[]) => setProfile({ departments: v })}
                  />
                )}
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label={t('ed.profile.intro')} htmlFor="profile-intro">
                {readOnly ? (
                  <ReadOnlyText id="profile-intro" label={t('ed.profile.intro')} value={p.intro ?? ''} multiline />
                ) : (
                  <Input.TextArea
                    id="profile-intro"
                    aria-label={t('ed.profile.intro')}
                    autoSize
                    value={p.intro ?? ''}
                    onChange={(e) => setProfile({ intro: e.target.value || null })}
                  />
                )}
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={t('ed.profile.duties')}>
            {readOnly ? (
              p.duties.length ? (
                <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                  {p.duties.map((d, i) => (
                    <li key={i}>
                      <ReadOnlyText label={t('ed.profile.duty', { n: i + 1 })} value={d} multiline />
                    </li>
                  ))}
                </ol>
              ) : (
                <ReadOnlyText label={t('ed.profile.duties')} value="" />
              )
            ) : (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {p.duties.map((d, i) => (
                  <Space.Compact key={i} style={{ width: '100%' }}>
                    <Input.TextArea
                      aria-label={t('ed.profile.duty', { n: i + 1 })}
                      autoSize
                      value={d}
                      onChange={(e) => setProfile({ duties: p.duties.map((x, j) => (j === i ? e.target.value : x)) })}
                    />
                    <Button
                      aria-label={`${t('common.remove')} ${t('ed.profile.duty', { n: i + 1 })}`}
                      onClick={() => setProfile({ duties: p.duties.filter((_, j) => j !== i) })}
                    >
                      {t('common.remove')}
                    </Button>
                  </Space.Compact>
                ))}
                <Button onClick={() => setProfile({ duties: [...p.duties, ''] })}>{t('ed.profile.addDuty')}</Button>
              </Space>
            )}
          </Form.Item>
        </Form>
      </Card>
      <SectionsEditor kinds={['preamble', 'profile', 'duties']} withOtherContent />
    </Space>
  );
}
