// 绩效目标 (issue 15 item 1): the unit's targets of a year, declaring new ones, and the 整改台账
// carried until closed.
import { Alert, App, Button, Card, Col, Empty, Form, Input, Modal, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, listFrameworks } from '../../api.js';
import { useLoad } from '../../lib/useLoad.js';
import { planApi } from './api.js';
import { usePt } from './i18n.js';
import { Rectifications } from './Rectifications.js';
import { scopeLabel } from './TargetCards.js';
import { TargetEditor } from './TargetEditor.js';
import { statusColor, UnitYearBar, useUnitYear } from './UnitYearBar.js';

export default function TargetsPage() {
  const pt = usePt();
  const { message } = App.useApp();
  const { unitId, year, set } = useUnitYear();
  const list = useLoad(() => (unitId ? planApi.targets(unitId, year) : Promise.resolve(null)), [unitId, year]);
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  // a double click on 申报 sent it twice: the second was refused with “已存在” over the one just made
  const [declaring, setDeclaring] = useState(false);
  const frameworks = useLoad(() => listFrameworks(), []);
  const [form] = Form.useForm<{ frameworkId: string; scope?: string; scopeName?: string; goal?: string }>();
  const current = selected ?? list.data?.targets[0]?.id ?? null;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16, minWidth: 0 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {pt('tg.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {pt('tg.hint')}
      </Typography.Paragraph>
      <UnitYearBar
        pt={pt}
        unitId={unitId}
        year={year}
        onChange={(u, y) => {
          setSelected(null);
          set(u, y);
        }}
      />
      {list.error && <Alert type="error" title={list.error.message} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={6}>
          <Card
            size="small"
            title={pt('tg.title')}
            extra={
              list.data?.canCreate ? (
                <Button size="small" type="primary" onClick={() => setCreating(true)}>
                  {pt('tg.create')}
                </Button>
              ) : null
            }
          >
            {list.data && list.data.targets.length === 0 && <Empty description={pt('tg.none')} />}
            <Space orientation="vertical" style={{ width: '100%' }}>
              {list.data?.targets.map((t) => (
                <Button
                  key={t.id}
                  block
                  type={t.id === current ? 'primary' : 'default'}
                  ghost={t.id === current}
                  onClick={() => setSelected(t.id)}
                  style={{ textAlign: 'start', height: 'auto', whiteSpace: 'normal' }}
                >
                  <Space wrap>
                    <span>{scopeLabel(pt, t)}</span>
                    <Tag color={statusColor[t.status]}>{pt(`st.${t.status}`)}</Tag>
                  </Space>
                </Button>
              ))}
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={18}>
          {current && <TargetEditor key={current} pt={pt} id={current} onChanged={() => void list.reload()} />}
        </Col>
      </Row>
      {unitId && <Rectifications pt={pt} unitId={unitId} year={year} />}
      <Modal
        open={creating}
        title={pt('tg.create')}
        okText={pt('tg.create')}
        cancelText={pt('cancel')}
        onCancel={() => setCreating(false)}
        confirmLoading={declaring}
        onOk={async () => {
          if (declaring) return;
          // an invalid form marks its fields; nothing to throw
          const v = await form.validateFields().catch(() => null);
          if (!v) return;
          setDeclaring(true);
          try {
            const scope = v.scope?.trim() || undefined;
            const r = await planApi.createTargets(unitId!, {
              year,
              frameworkId: v.frameworkId,
              scope,
              // the department-wide name is left to the server (部门整体): sending the UI's word stored
              // “Whole department” as data whenever a filler worked in English
              scopeName: scope ? v.scopeName?.trim() || scope : v.scopeName?.trim() || undefined,
              goal: v.goal,
            });
            setCreating(false);
            form.resetFields();
            await list.reload();
            setSelected(r.id);
          } catch (e) {
            message.error(e instanceof ApiError ? e.message : String(e));
          } finally {
            setDeclaring(false);
          }
        }}
      >
        <Form form={form} layout="vertical">
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={pt('tg.scopeHelp')} />
          <Form.Item name="frameworkId" label={pt('tg.framework')} rules={[{ required: true, message: pt('tg.frameworkPick') }]}>
            <Select
              aria-label={pt('tg.framework')}
              placeholder={pt('tg.frameworkPick')}
              options={(frameworks.data?.frameworks ?? []).map((f) => ({ value: f.id, label: `${f.name}（v${f.version}）` }))}
            />
          </Form.Item>
          <Form.Item name="scope" label={pt('tg.scopeKey')}>
            <Input aria-label={pt('tg.scopeKey')} maxLength={100} />
          </Form.Item>
          <Form.Item name="scopeName" label={pt('tg.scopeName')}>
            <Input aria-label={pt('tg.scopeName')} placeholder={pt('tg.scopeDepartment')} maxLength={200} />
          </Form.Item>
          <Form.Item name="goal" label={pt('tg.goal')}>
            <Input.TextArea aria-label={pt('tg.goal')} rows={3} maxLength={4000} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
