// The cells of one indicator row (指标自评表), shared by the desktop table and the phone cards:
// target and actual inputs (a computed actual is shown with its formula and cannot be typed),
// the qualitative grade, the score with how it was reached, and the deviation reason a missed
// target asks for.
import { CalculatorOutlined } from '@ant-design/icons';
import { Checkbox, Input, Select, Space, Tag, Tooltip, Typography } from 'antd';
import type { IndicatorRow } from '../../../../src/domain/indicators/table.js';
import { chosenLevel, scoredLevels } from '../../../../src/domain/indicators/levels.js';
import { isQuantitative } from '../../../../src/domain/indicators/validate.js';
import type { Achievement, IndicatorDef, IndicatorValue } from '../../../../src/domain/types.js';
import { ReadOnlyText } from '../../components/ReadOnlyText.js';
import { useI18n } from '../../i18n/index.js';
import { scoreExplanation } from '../../lib/scoreExplanation.js';
import { useEt } from './i18n.js';

export const indicatorFieldId = (code: string, field: string) => `indicator-${code}-${field}`;

export type Patch = Partial<Pick<IndicatorValue, 'target' | 'actual' | 'deviationReason' | 'applicable' | 'achievement'>>;

export interface FieldProps {
  row: IndicatorRow;
  set: (code: string, patch: Patch) => void;
  readOnly: boolean;
  focus: string | null;
  /** Fields the domain's validation refuses (not a number), by field id. */
  invalid: Set<string>;
}

/** Must target and actual be numbers? The server's rule, read from the row's rule and operator. */
const quantitative = (r: IndicatorRow) => isQuantitative({ rule: r.rule, operator: r.operator } as IndicatorDef);

const ACHIEVEMENTS: Achievement[] = ['achieved', 'partial', 'notAchieved'];

/** A scored leaf whose actual fails its target (the domain's reading, not "score below weight"): a deviation reason is asked for. */
export const missed = (r: IndicatorRow): boolean => r.leaf && r.applicable && r.missed;
export const needsReason = (r: IndicatorRow): boolean => missed(r) && !(r.deviationReason ?? '').trim();

/** The indicator's name with its tags (示例, 由数据计算) and the 不适用 switch. */
export function NameCell({ row, set, readOnly }: FieldProps) {
  const et = useEt();
  if (!row.leaf) return <Typography.Text strong={row.level === 1}>{row.name}</Typography.Text>;
  return (
    <Space orientation="vertical" size={2}>
      <span>
        {row.name}
        {row.unit ? <Typography.Text type="secondary">（{row.unit}）</Typography.Text> : null}
      </span>
      <Space size={4} wrap>
        {row.sample && (
          <Tooltip title={et('ind.sampleHint')}>
            <Tag color="gold" data-sample={row.code}>
              {et('sample')}
            </Tag>
          </Tooltip>
        )}
        {row.source && (
          <Tag color="blue" icon={<CalculatorOutlined />}>
            {et('ind.computedTag')}
          </Tag>
        )}
        {!readOnly && (
          <Checkbox
            checked={!row.applicable}
            onChange={(e) => set(row.code, { applicable: !e.target.checked })}
            aria-label={`${row.name} ${et('ind.notApplicable')}`}
            style={{ fontSize: 12 }}
          >
            {et('ind.notApplicable')}
          </Checkbox>
        )}
        {readOnly && !row.applicable && <Tag>{et('ind.notApplicable')}</Tag>}
      </Space>
    </Space>
  );
}

export function TargetCell({ row, set, readOnly, focus, invalid }: FieldProps) {
  const { t } = useI18n();
  const et = useEt();
  if (!row.leaf) return null;
  const id = indicatorFieldId(row.code, 'target');
  if (readOnly) return <ReadOnlyText id={id} label={`${row.name} ${t('ind.target')}`} value={row.target ?? ''} />;
  const input = (
    <Input
      id={id}
      aria-label={`${row.name} ${t('ind.target')}`}
      placeholder={
        row.operator === '<='
          ? et('ind.targetPlaceholderMax')
          : row.operator === '='
            ? et('ind.targetPlaceholderEq')
            : quantitative(row)
              ? et('ind.targetPlaceholder')
              : row.operator === 'yesNo'
                ? et('ind.yesNoPlaceholder')
                : et('ind.qualitativePlaceholder')
      }
      disabled={!row.applicable}
      status={invalid.has(id) ? 'error' : focus === id ? 'warning' : undefined}
      title={invalid.has(id) ? et('ind.notNumber') : undefined}
      value={row.target ?? ''}
      onChange={(e) => set(row.code, { target: e.target.value || null })}
    />
  );
  // said in words under the box (a phone shows no tooltip), as under the actual; the box keeps its place
  // in the tree either way (wrapping it only once invalid remounted it: the focus went mid-word)
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      {input}
      {invalid.has(id) && (
        <Typography.Text type="danger" style={{ fontSize: 12 }} role="alert">
          {et('ind.notNumber')}
        </Typography.Text>
      )}
    </Space>
  );
}

/** "由数据计算：153.98 ÷ 153.98 = 100%" in the UI's language (the arithmetic stays as computed). */
export function formulaText(formula: string, prefix: string): string {
  return formula.replace(/^由数据计算：/, prefix);
}

export function ActualCell({ row, set, readOnly, focus, invalid }: FieldProps) {
  const { t, lang } = useI18n();
  const et = useEt();
  if (!row.leaf) return null;
  const id = indicatorFieldId(row.code, 'actual');
  if (row.computed) {
    const c = row.computed;
    return (
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        {readOnly ? (
          <ReadOnlyText id={id} label={`${row.name} ${t('ind.actual')}`} value={c.value === null ? '' : `${c.value}%`} />
        ) : (
          <Input
            id={id}
            readOnly
            aria-readonly
            data-computed={row.code}
            aria-label={`${row.name} ${t('ind.actual')}`}
            value={c.value === null ? '' : `${c.value}%`}
            placeholder="—"
            title={et('ind.computedRefuse')}
            style={{ background: '#f0f5ff', cursor: 'not-allowed' }}
          />
        )}
        <Tooltip title={c.inputs.map((i) => `${i.label}：${i.value ?? '—'} ${i.unit}`).join('；')}>
          <Typography.Text type={c.problem && row.applicable ? 'warning' : 'secondary'} style={{ fontSize: 12 }} data-formula={row.code}>
            {scoreExplanation(formulaText(c.formula, et('ind.computedPrefix')), lang)}
          </Typography.Text>
        </Tooltip>
        {lang === 'en' && c.problem && (
          <Typography.Text type="warning" style={{ fontSize: 12 }}>
            {et('ind.computedMissing')}
          </Typography.Text>
        )}
      </Space>
    );
  }
  const levels = scoredLevels(row.rule);
  if (levels) {
    // scored by level: the actual is the level chosen, from the framework's scale
    const chosen = chosenLevel(levels, row.actual);
    const label = `${row.name} ${et('ind.level')}`;
    if (readOnly)
      return <ReadOnlyText id={id} label={label} value={chosen ? et('ind.levelOption', { level: chosen.level, points: chosen.points }) : (row.actual ?? '')} />;
    const needed = row.applicable && !chosen;
    return (
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        <Select<string>
          id={id}
          aria-label={label}
          placeholder={et('ind.levelPick')}
          disabled={!row.applicable}
          allowClear
          status={needed && focus === id ? 'error' : needed ? 'warning' : undefined}
          value={chosen?.level}
          style={{ width: '100%' }}
          options={levels.map((l) => ({ value: l.level, label: et('ind.levelOption', { level: l.level, points: l.points }) }))}
          onChange={(v) => set(row.code, { actual: v ?? null })}
        />
        {needed && (
          <Typography.Text type={focus === id ? 'danger' : 'warning'} style={{ fontSize: 12 }} data-needs-level={row.code}>
            {et('ind.levelNeeded')}
          </Typography.Text>
        )}
      </Space>
    );
  }
  const qualitative = row.operator === 'qualitative';
  if (readOnly)
    return (
      <Space orientation="vertical" size={0} style={{ width: '100%' }}>
        <ReadOnlyText id={id} label={`${row.name} ${t('ind.actual')}`} value={row.actual ?? ''} multiline />
        {qualitative && row.achievement && <Tag>{et(`achievement.${row.achievement}`)}</Tag>}
      </Space>
    );
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Input
        id={id}
        aria-label={`${row.name} ${t('ind.actual')}`}
        placeholder={qualitative ? et('ind.qualitativeActual') : quantitative(row) ? et('ind.actualPlaceholder') : et('ind.yesNoPlaceholder')}
        disabled={!row.applicable}
        status={invalid.has(id) ? 'error' : focus === id ? 'warning' : undefined}
        title={invalid.has(id) ? et('ind.notNumber') : undefined}
        value={row.actual ?? ''}
        onChange={(e) => set(row.code, { actual: e.target.value || null })}
      />
      {invalid.has(id) && (
        <Typography.Text type="danger" style={{ fontSize: 12 }} role="alert">
          {et('ind.notNumber')}
        </Typography.Text>
      )}
      {qualitative && (
        <Select<Achievement | ''>
          size="small"
          aria-label={`${row.name} ${et('ind.grade')}`}
          disabled={!row.applicable}
          value={row.achievement ?? ''}
          style={{ width: '100%' }}
          options={[{ value: '', label: et('ind.gradeFromText') }, ...ACHIEVEMENTS.map((a) => ({ value: a, label: et(`achievement.${a}`) }))]}
          onChange={(a) => set(row.code, { achievement: a || null })}
        />
      )}
    </Space>
  );
}

/** Why the rule cannot read the values, once both are there (else null). */
export const unreadableProblem = (row: IndicatorRow): string | null =>
  row.leaf && row.applicable && row.score === null && !!row.problem && !!row.target?.trim() && !!row.actual?.trim() ? row.problem : null;

export function ScoreCell({ row }: { row: IndicatorRow }) {
  const et = useEt();
  const { lang } = useI18n();
  if (!row.leaf)
    return row.score !== null ? (
      <Typography.Text strong data-subtotal={row.code}>
        {row.score}
        {row.weight ? <Typography.Text type="secondary"> / {row.weight}</Typography.Text> : null}
      </Typography.Text>
    ) : null;
  if (!row.applicable) return <Typography.Text type="secondary">{et('ind.notApplicable')}</Typography.Text>;
  const unreadable = unreadableProblem(row) !== null;
  return (
    <Space orientation="vertical" size={0}>
      <span>
        <Typography.Text strong type={missed(row) ? 'warning' : undefined} data-score={row.code}>
          {row.score ?? '—'}
        </Typography.Text>
        <Typography.Text type="secondary"> / {row.weight ?? '—'}</Typography.Text>
      </span>
      {/* how the score was reached; or, once both values are there, why the rule cannot read them */}
      <Typography.Text type={unreadable ? 'warning' : 'secondary'} style={{ fontSize: 12 }} data-explanation={row.code}>
        {row.score !== null ? scoreExplanation(row.explanation ?? '', lang) : unreadable ? row.problem : et('ind.notScored')}
      </Typography.Text>
    </Space>
  );
}

export function ReasonCell({ row, set, readOnly, focus }: FieldProps) {
  const { t } = useI18n();
  const et = useEt();
  if (!row.leaf) return null;
  const id = indicatorFieldId(row.code, 'deviationReason');
  const asks = needsReason(row);
  if (readOnly)
    return (
      <ReadOnlyText
        id={id}
        label={`${row.name} ${t('ind.deviation')}`}
        value={row.deviationReason ?? ''}
        multiline
        style={asks ? { color: '#d48806' } : undefined}
        empty={asks ? et('ind.reasonNeeded') : '—'}
      />
    );
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
      <Input.TextArea
        id={id}
        aria-label={`${row.name} ${t('ind.deviation')}`}
        autoSize={{ minRows: 1, maxRows: 4 }}
        placeholder={asks ? et('ind.reasonAsk') : undefined}
        status={asks || focus === id ? 'warning' : undefined}
        value={row.deviationReason ?? ''}
        onChange={(e) => set(row.code, { deviationReason: e.target.value || null })}
      />
      {asks && (
        <Typography.Text type="warning" style={{ fontSize: 12 }} data-needs-reason={row.code}>
          {et('ind.reasonNeeded')}
        </Typography.Text>
      )}
    </Space>
  );
}
