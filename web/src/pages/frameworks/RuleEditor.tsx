// The 评分标准 of one leaf indicator, in a dialog: the method (only those that fit its 性质), the
// deduction's step and threshold or the score bands, a live preview in the words of the table,
// and every problem beside the form. Nothing changes until 应用; the framework is saved as usual.
// A leaf may also take its actual from the evaluation's data (数据来源, e.g. 预算执行率), and the
// common provincial rules are offered as presets (source + 性质 + rule in one choice).
import { Alert, Button, Form, Input, Modal, Radio, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { RULE_PRESETS, SOURCE_FORMULAS, SOURCE_KINDS } from '../../../../src/domain/indicators/sources.js';
import type { IndicatorSource, IndicatorSourceKind, Operator, ScoringRule } from '../../../../src/domain/types.js';
import { opLabel, ruleText, useFt } from './i18n.js';
import { LevelsField } from './LevelsField.js';
import { draftOf, kindsFor, ruleOf, type BandDraft, type RuleDraft } from './ruleModel.js';

const MANUAL = '';

/** The source a form's fields make, or null with the reason (a key-project measure needs both codes). */
export function sourceOf(kind: IndicatorSourceKind | '', project: string, measure: string): { source: IndicatorSource | null; ok: boolean } {
  if (kind === MANUAL) return { source: null, ok: true };
  if (kind === 'keyProjectMeasure') {
    const p = project.trim();
    const m = measure.trim() || 'main';
    return { source: { kind, project: p, measure: m }, ok: /^[a-zA-Z0-9_-]{1,40}$/.test(p) && /^[a-zA-Z0-9_-]{1,40}$/.test(m) };
  }
  return { source: { kind } as IndicatorSource, ok: true };
}

export interface RuleTarget {
  code: string;
  name: string;
  operator: Operator | null;
  weight: string;
  unit: string | null;
  rule: ScoringRule;
  source: IndicatorSource | null;
}

export interface RuleChoice {
  rule: ScoringRule;
  source: IndicatorSource | null;
  /** Set when a preset changed the 性质 too. */
  operator?: Operator;
}

export function RuleEditor({ target, onApply, onCancel }: { target: RuleTarget; onApply: (choice: RuleChoice) => void; onCancel: () => void }) {
  const ft = useFt();
  const [operator, setOperator] = useState<Operator | null>(target.operator);
  const [draft, setDraft] = useState<RuleDraft>(() => draftOf(target.rule, target.operator));
  const [sourceKind, setSourceKind] = useState<IndicatorSourceKind | ''>(target.source?.kind ?? MANUAL);
  const [project, setProject] = useState(target.source?.kind === 'keyProjectMeasure' ? target.source.project : '');
  const [measure, setMeasure] = useState(target.source?.kind === 'keyProjectMeasure' ? target.source.measure : 'main');
  const [preset, setPreset] = useState<string | null>(null);
  const result = ruleOf(draft, operator, target.weight);
  const src = sourceOf(sourceKind, project, measure);
  const applyPreset = (id: string) => {
    const p = RULE_PRESETS.find((x) => x.id === id);
    if (!p) return;
    setPreset(id);
    setOperator(p.operator);
    setDraft(draftOf(p.rule, p.operator));
    setSourceKind(p.source?.kind ?? MANUAL);
  };
  const set = (patch: Partial<RuleDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setBand = (i: number, patch: Partial<BandDraft>) => set({ bands: draft.bands.map((b, j) => (j === i ? { ...b, ...patch } : b)) });
  const field = (label: string, key: 'threshold' | 'unitSize' | 'perUnit', suffix?: string | null) => (
    <Form.Item label={label} validateStatus={result.problems.includes(key as never) ? 'error' : undefined} style={{ marginBottom: 8 }}>
      <Input
        aria-label={label}
        value={draft[key]}
        inputMode="decimal"
        style={{ width: 140 }}
        suffix={suffix ?? undefined}
        onChange={(e) => set({ [key]: e.target.value })}
      />
    </Form.Item>
  );

  return (
    <Modal
      open
      width={720}
      title={ft('fw.rule.editTitle', { code: target.code, name: target.name })}
      okText={ft('fw.rule.apply')}
      cancelText={ft('fw.cancel')}
      okButtonProps={{ disabled: result.rule === null || !src.ok }}
      onOk={() =>
        result.rule && src.ok && onApply({ rule: result.rule, source: src.source, ...(operator && operator !== target.operator ? { operator } : {}) })
      }
      onCancel={onCancel}
    >
      <Form layout="horizontal" labelCol={{ span: 6 }} data-rule-editor={target.code}>
        <Form.Item label={ft('fw.preset')} style={{ marginBottom: 8 }} extra={ft('fw.presetHint')}>
          <Select<string>
            aria-label={ft('fw.preset')}
            placeholder={ft('fw.presetPlaceholder')}
            value={preset ?? undefined}
            options={RULE_PRESETS.map((p) => ({
              value: p.id,
              label: ft(`fw.preset.${p.id}` as never) === `fw.preset.${p.id}` ? p.label : ft(`fw.preset.${p.id}` as never),
            }))}
            onChange={applyPreset}
          />
        </Form.Item>
        <Form.Item label={ft('fw.source')} style={{ marginBottom: 8 }} extra={sourceKind ? SOURCE_FORMULAS[sourceKind] : ft('fw.source.manualHint')}>
          <Select<IndicatorSourceKind | ''>
            aria-label={ft('fw.source')}
            value={sourceKind}
            options={[{ value: MANUAL, label: ft('fw.source.manual') }, ...SOURCE_KINDS.map((k) => ({ value: k, label: ft(`fw.source.${k}` as never) }))]}
            onChange={(k) => {
              setSourceKind(k);
              setPreset(null);
            }}
          />
        </Form.Item>
        {sourceKind === 'keyProjectMeasure' && (
          <Form.Item
            label={ft('fw.source.measure')}
            style={{ marginBottom: 8 }}
            validateStatus={src.ok ? undefined : 'error'}
            help={src.ok ? undefined : ft('fw.source.measureBad')}
          >
            <Space.Compact>
              <Input
                aria-label={ft('fw.source.project')}
                placeholder={ft('fw.source.project')}
                value={project}
                onChange={(e) => setProject(e.target.value)}
                style={{ width: 160 }}
              />
              <Input
                aria-label={ft('fw.source.measureKey')}
                placeholder="main"
                value={measure}
                onChange={(e) => setMeasure(e.target.value)}
                style={{ width: 140 }}
              />
            </Space.Compact>
          </Form.Item>
        )}
        {operator !== target.operator && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 8 }}
            title={ft('fw.preset.operator', { from: opLabel(ft, target.operator), to: opLabel(ft, operator) })}
          />
        )}
        <Form.Item label={ft('fw.rule.kind')} style={{ marginBottom: 8 }}>
          <Select
            aria-label={ft('fw.rule.kind')}
            value={draft.kind}
            options={kindsFor(operator).map((k) => ({ value: k, label: ft(`fw.rule.kind.${k}`) }))}
            onChange={(kind) => set({ kind })}
          />
        </Form.Item>
        {draft.kind === 'deduction' && (
          <>
            <Form.Item label={ft('fw.rule.direction')} style={{ marginBottom: 8 }}>
              <Radio.Group
                value={draft.direction}
                onChange={(e) => set({ direction: e.target.value })}
                options={[
                  { value: 'under', label: ft('fw.rule.under') },
                  { value: 'over', label: ft('fw.rule.over') },
                ]}
              />
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
                {
                  title: ft('fw.rule.min'),
                  key: 'min',
                  render: (_, b) => (
                    <Input
                      size="small"
                      aria-label={`${ft('fw.rule.min')} ${b.i + 1}`}
                      value={b.min}
                      suffix={target.unit ?? undefined}
                      onChange={(e) => setBand(b.i, { min: e.target.value })}
                    />
                  ),
                },
                {
                  title: ft('fw.rule.max'),
                  key: 'max',
                  render: (_, b) => (
                    <Input
                      size="small"
                      aria-label={`${ft('fw.rule.max')} ${b.i + 1}`}
                      value={b.max}
                      suffix={target.unit ?? undefined}
                      onChange={(e) => setBand(b.i, { max: e.target.value })}
                    />
                  ),
                },
                {
                  title: ft('fw.rule.points'),
                  key: 'points',
                  width: 110,
                  render: (_, b) => (
                    <Input
                      size="small"
                      aria-label={`${ft('fw.rule.points')} ${b.i + 1}`}
                      value={b.points}
                      onChange={(e) => setBand(b.i, { points: e.target.value })}
                    />
                  ),
                },
                {
                  key: 'remove',
                  width: 60,
                  render: (_, b) => (
                    <Button
                      size="small"
                      type="link"
                      danger
                      aria-label={`${ft('fw.rule.removeBand')} ${b.i + 1}`}
                      onClick={() => set({ bands: draft.bands.filter((_, j) => j !== b.i) })}
                    >
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
        {draft.kind === 'qualitative' && (
          <LevelsField levels={draft.levels} weight={target.weight} problems={result.problems} onChange={(levels) => set({ levels })} />
        )}
      </Form>
      <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }}>
        {result.rule ? (
          <Alert
            type="info"
            showIcon
            data-rule-preview
            title={`${ft('fw.rule.preview')}${ft('fw.rule.colon')}${ruleText(ft, result.rule, operator, false, target.unit)}`}
          />
        ) : (
          <Alert type="error" showIcon role="alert" title={result.problems.map((p) => ft(`fw.rule.p.${p}`)).join(ft('fw.rule.sep'))} />
        )}
      </Space>
    </Modal>
  );
}
