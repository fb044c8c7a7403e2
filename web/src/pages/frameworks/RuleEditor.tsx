// The 评分标准 of one leaf indicator, in a dialog: the method (only those that fit its 性质), the
// deduction's step and threshold or the score bands, a live preview in the words of the table,
// and every problem beside the form. Nothing changes until 应用; the framework is saved as usual.
import { Alert, Button, Form, Input, Modal, Radio, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Operator, ScoringRule } from '../../../../src/domain/types.js';
import { ruleText, useFt } from './i18n.js';
import { draftOf, kindsFor, ruleOf, type BandDraft, type RuleDraft } from './ruleModel.js';

export interface RuleTarget {
  code: string;
  name: string;
  operator: Operator | null;
  weight: string;
  unit: string | null;
  rule: ScoringRule;
}

export function RuleEditor({ target, onApply, onCancel }: { target: RuleTarget; onApply: (rule: ScoringRule) => void; onCancel: () => void }) {
  const ft = useFt();
  const [draft, setDraft] = useState<RuleDraft>(() => draftOf(target.rule, target.operator));
  const result = ruleOf(draft, target.operator, target.weight);
  const set = (patch: Partial<RuleDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setBand = (i: number, patch: Partial<BandDraft>) => set({ bands: draft.bands.map((b, j) => (j === i ? { ...b, ...patch } : b)) });
  const field = (label: string, key: 'threshold' | 'unitSize' | 'perUnit', suffix?: string | null) => (
    <Form.Item label={label} validateStatus={result.problems.includes(key as never) ? 'error' : undefined} style={{ marginBottom: 8 }}>
      <Input aria-label={label} value={draft[key]} inputMode="decimal" style={{ width: 140 }} suffix={suffix ?? undefined} onChange={(e) => set({ [key]: e.target.value })} />
    </Form.Item>
  );

  return (
    <Modal
      open
      width={720}
      title={ft('fw.rule.editTitle', { code: target.code, name: target.name })}
      okText={ft('fw.rule.apply')}
      cancelText={ft('fw.cancel')}
      okButtonProps={{ disabled: result.rule === null }}
      onOk={() => result.rule && onApply(result.rule)}
      onCancel={onCancel}
    >
      <Form layout="horizontal" labelCol={{ span: 6 }} data-rule-editor={target.code}>
        <Form.Item label={ft('fw.rule.kind')} style={{ marginBottom: 8 }}>
          <Select
            aria-label={ft('fw.rule.kind')}
            value={draft.kind}
            options={kindsFor(target.operator).map((k) => ({ value: k, label: ft(`fw.rule.kind.${k}`) }))}
            onChange={(kind) => set({ kind })}
          />
        </Form.Item>
        {draft.kind === 'deduction' && (
          <>
            <Form.Item label={ft('fw.rule.direction')} style={{ marginBottom: 8 }}>
              <Radio.Group value={draft.direction} onChange={(e) => set({ direction: e.target.value })} options={[{ value: 'under', label: ft('fw.rule.under') }, { value: 'over', label: ft('fw.rule.over') }]} />
            </Form.Item>
            {field(ft('fw.rule.threshold'), 'threshold', target.unit)}
            {field(ft('fw.rule.unitSize'), 'unitSize', target.unit)}
            {field(ft('fw.rule.perUnit'), 'perUnit')}
          </>
        )}
        {draft.kind === 'bands' && (
          <>
            <Typography.Paragraph type="secondary">{ft('fw.rule.bandsHint')}</Typography.Paragraph>
            <Table<BandDraft & { i: number }>
              size="small"
              pagination={false}
              rowKey="i"
              dataSource={draft.bands.map((b, i) => ({ ...b, i }))}
              columns={[
                { title: ft('fw.rule.min'), key: 'min', render: (_, b) => <Input size="small" aria-label={`${ft('fw.rule.min')} ${b.i + 1}`} value={b.min} suffix={target.unit ?? undefined} onChange={(e) => setBand(b.i, { min: e.target.value })} /> },
                { title: ft('fw.rule.max'), key: 'max', render: (_, b) => <Input size="small" aria-label={`${ft('fw.rule.max')} ${b.i + 1}`} value={b.max} suffix={target.unit ?? undefined} onChange={(e) => setBand(b.i, { max: e.target.value })} /> },
                { title: ft('fw.rule.points'), key: 'points', width: 110, render: (_, b) => <Input size="small" aria-label={`${ft('fw.rule.points')} ${b.i + 1}`} value={b.points} onChange={(e) => setBand(b.i, { points: e.target.value })} /> },
                {
                  key: 'remove',
                  width: 60,
                  render: (_, b) => (
                    <Button size="small" type="link" danger aria-label={`${ft('fw.rule.removeBand')} ${b.i + 1}`} onClick={() => set({ bands: draft.bands.filter((_, j) => j !== b.i) })}>
                      {ft('fw.remove')}
                    </Button>
                  ),
                },
              ]}
            />
            <Button size="small" style={{ marginTop: 8 }} onClick={() => set({ bands: [...draft.bands, { min: '', max: '', points: '' }] })}>
              {ft('fw.rule.addBand')}
            </Button>
          </>
        )}
      </Form>
      <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }}>
        {result.rule ? (
          <Alert type="info" showIcon data-rule-preview title={`${ft('fw.rule.preview')}${ft('fw.rule.colon')}${ruleText(ft, result.rule, target.operator, false, target.unit)}`} />
        ) : (
          <Alert type="error" showIcon role="alert" title={result.problems.map((p) => ft(`fw.rule.p.${p}`)).join(ft('fw.rule.sep'))} />
        )}
      </Space>
    </Modal>
  );
}
