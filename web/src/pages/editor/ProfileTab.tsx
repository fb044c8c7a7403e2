// 基本情况: report title/date, staffing, departments, duties, introduction, and the profile narrative.
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import type { UnitProfile } from '../../../../src/domain/types.js';
import { DateField } from '../../components/DateField.js';
import { useI18n } from '../../i18n/index.js';
import { useEditor } from './context.js';
import { SectionsEditor } from './SectionsTab.js';

const emptyProfile = (): UnitProfile => ({ authorizedPosts: null, staffActual: null, retired: null, departments: [], duties: [], intro: null });

export function ProfileTab() {
  const { t } = useI18n();
  const { content, update, readOnly } = useEditor();
  const p = content.profile ?? emptyProfile();
  const setProfile = (patch: Partial<UnitProfile>) => update((c) => ({ ...c, profile: { ...(c.profile ?? emptyProfile()), ...patch } }));
  const num = (field: 'authorizedPosts' | 'staffActual' | 'retired') => (
    <Form.Item label={t(`ed.profile.${field}`)} htmlFor={`profile-${field}`}>
      <InputNumber id={`profile-${field}`} aria-label={t(`ed.profile.${field}`)} min={0} precision={0} disabled={readOnly} value={p[field]} onChange={(v) => setProfile({ [field]: v ?? null })} style={{ width: '100%' }} />
    </Form.Item>
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Card size="small">
        <Form layout="vertical">
          <Row gutter={16}>
            <Col span={16}>
              <Form.Item label={t('ed.reportTitle')} htmlFor="report-title">
                <Input id="report-title" aria-label={t('ed.reportTitle')} disabled={readOnly} value={content.title} onChange={(e) => update((c) => ({ ...c, title: e.target.value }))} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label={t('ed.reportDate')} htmlFor="report-date">
                <DateField id="report-date" aria-label={t('ed.reportDate')} disabled={readOnly} value={content.reportDate ?? null} onChange={(v) => update((c) => ({ ...c, reportDate: v }))} />
              </Form.Item>
            </Col>
            <Col span={8}>{num('authorizedPosts')}</Col>
            <Col span={8}>{num('staffActual')}</Col>
            <Col span={8}>{num('retired')}</Col>
            <Col span={24}>
              <Form.Item label={t('ed.profile.departments')} htmlFor="profile-departments">
                <Select id="profile-departments" aria-label={t('ed.profile.departments')} mode="tags" disabled={readOnly} value={p.departments} onChange={(v: string[]) => setProfile({ departments: v })} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label={t('ed.profile.intro')} htmlFor="profile-intro">
                <Input.TextArea id="profile-intro" aria-label={t('ed.profile.intro')} autoSize disabled={readOnly} value={p.intro ?? ''} onChange={(e) => setProfile({ intro: e.target.value || null })} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={t('ed.profile.duties')}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {p.duties.map((d, i) => (
                <Space.Compact key={i} style={{ width: '100%' }}>
                  <Input.TextArea
                    aria-label={t('ed.profile.duty', { n: i + 1 })}
                    autoSize
                    disabled={readOnly}
                    value={d}
                    onChange={(e) => setProfile({ duties: p.duties.map((x, j) => (j === i ? e.target.value : x)) })}
                  />
                  <Button aria-label={`${t('common.remove')} ${t('ed.profile.duty', { n: i + 1 })}`} disabled={readOnly} onClick={() => setProfile({ duties: p.duties.filter((_, j) => j !== i) })}>
                    {t('common.remove')}
                  </Button>
                </Space.Compact>
              ))}
              <Button disabled={readOnly} onClick={() => setProfile({ duties: [...p.duties, ''] })}>
                {t('ed.profile.addDuty')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      <SectionsEditor kinds={['preamble', 'profile', 'duties']} />
    </Space>
  );
}
