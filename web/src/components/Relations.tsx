// The relations the checker read among a document's figures (src/domain/relations): the counts,
// the problems with their figures highlighted in the sentence, and every relation checked, by verdict.
import { Alert, Button, List, Radio, Space, Tag, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { KIND_NAMES, type Relation } from '../../../src/domain/relations/types.js';
import type { LocatedRelation, RelationCounts } from '../../../src/domain/wire.js';
import { useDictionary, useI18n } from '../i18n/index.js';
import { figureSpans } from '../lib/figureSpans.js';
import { relationsEn } from '../i18n/relations.en.js';
import { relationsZh } from '../i18n/relations.zh.js';

export type Verdict = Relation['verdict'];
export type ShownRelation = LocatedRelation;
export type { RelationCounts };

const VERDICTS: Verdict[] = ['error', 'rounding', 'ok', 'unsure'];
const COLOR: Record<Verdict, string> = { error: 'error', rounding: 'warning', ok: 'success', unsure: 'default' };
const MARK: Record<Verdict, string> = { error: '#ffccc7', rounding: '#ffe58f', ok: '#d9f7be', unsure: '#f0f0f0' };

export const countRelations = (rs: Relation[]): RelationCounts => {
  const n = (v: Verdict) => rs.filter((r) => r.verdict === v).length;
  return { total: rs.length, error: n('error'), rounding: n('rounding'), unsure: n('unsure'), ok: n('ok') };
};

/** The sentence with the figures a relation used marked (offsets from the checker; the stated figure when none). */
export function Highlighted({
  text,
  spans,
  statedText,
  verdict,
}: {
  text: string;
  spans?: [number, number][] | undefined;
  statedText: string;
  verdict: Verdict;
}) {
  const marks = useMemo(() => {
    if (spans?.length) return [...spans].filter(([a, b]) => a >= 0 && b <= text.length && a < b).sort((x, y) => x[0] - y[0]);
    return figureSpans(text, statedText);
  }, [text, spans, statedText]);
  const out: ReactNode[] = [];
  let pos = 0;
  marks.forEach(([a, b], i) => {
    if (a < pos) return;
    if (a > pos) out.push(text.slice(pos, a));
    out.push(
      <mark key={i} data-testid="figure" style={{ background: MARK[verdict], padding: '0 2px', borderRadius: 2, fontWeight: i === 0 ? 600 : 400 }}>
        {text.slice(a, b)}
      </mark>,
    );
    pos = b;
  });
  out.push(text.slice(pos));
  return (
    <Typography.Text
      lang="zh-CN"
      style={{ display: 'block', background: '#fafafa', borderLeft: '3px solid #d9d9d9', padding: '4px 8px', overflowWrap: 'anywhere' }}
    >
      {out}
    </Typography.Text>
  );
}

export function RelationItem({ r, place, onGo }: { r: ShownRelation; place: string; onGo?: (() => void) | undefined }) {
  const { lang } = useI18n();
  const tr = useDictionary(relationsZh, relationsEn);
  const kind = KIND_NAMES[r.kind] ?? { zh: r.kind, en: r.kind };
  return (
    <List.Item
      data-testid="relation"
      data-verdict={r.verdict}
      data-kind={r.kind}
      actions={
        onGo
          ? [
              <Button key="go" type="link" size="small" onClick={onGo}>
                {tr('rel.goto')}
              </Button>,
            ]
          : []
      }
    >
      <Space orientation="vertical" size={4} style={{ width: '100%', minWidth: 0 }}>
        <span>
          <Tag color={COLOR[r.verdict]}>{tr(`rel.verdict.${r.verdict}`)}</Tag>
          <strong>{lang === 'en' ? kind.en : kind.zh}</strong>
          <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
            {place}
          </Typography.Text>
        </span>
        <Highlighted text={r.text} spans={r.spans} statedText={r.statedText} verdict={r.verdict} />
        <Typography.Text style={{ fontSize: 13 }}>
          {tr('rel.stated', { v: r.statedText })}
          {r.computedText && r.computedText !== '—' ? ` · ${tr('rel.computed', { v: r.computedText })}` : ''}
        </Typography.Text>
        {r.parts.length > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
            {tr('rel.figures')}：{r.parts.map((p) => `${p.label ? `${p.label} ` : ''}${p.text}`).join('，')}
          </Typography.Text>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
          {tr('rel.reason', { r: lang === 'en' ? r.reasonEn : r.reason })}
        </Typography.Text>
      </Space>
    </List.Item>
  );
}

/** "检查了 N 处数字关系：x 处错误，y 处舍入，z 处无法判断", as an alert coloured by the worst verdict. */
export function RelationSummary({ counts }: { counts: RelationCounts }) {
  const tr = useDictionary(relationsZh, relationsEn);
  const text = tr('rel.summary', { n: counts.total, error: counts.error, rounding: counts.rounding, unsure: counts.unsure });
  return <Alert data-testid="relation-summary" showIcon type={counts.error ? 'error' : counts.rounding ? 'warning' : 'success'} title={text} />;
}

/**
 * The problems (errors and rounding) first, each with its figures highlighted, then every relation
 * checked with a filter by verdict. `placeOf` says where a relation is (a line, a paragraph).
 */
export function RelationsReview({
  relations,
  counts,
  omitted = 0,
  placeOf,
  onGo,
  pageSize = 10,
}: {
  relations: ShownRelation[];
  counts: RelationCounts;
  omitted?: number;
  placeOf: (r: ShownRelation) => string;
  onGo?: ((r: ShownRelation) => (() => void) | undefined) | undefined;
  pageSize?: number;
}) {
  const tr = useDictionary(relationsZh, relationsEn);
  const [filter, setFilter] = useState<Verdict | 'all'>('all');
  const problems = relations.filter((r) => r.verdict === 'error' || r.verdict === 'rounding');
  const shown = filter === 'all' ? relations : relations.filter((r) => r.verdict === filter);
  const render = (r: ShownRelation) => <RelationItem r={r} place={placeOf(r)} onGo={onGo?.(r)} />;
  const pagination = (n: number) => (n > pageSize ? { pageSize, size: 'small' as const, showSizeChanger: false, simple: true } : false);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <RelationSummary counts={counts} />
      {problems.length > 0 && (
        <section aria-label={tr('rel.problems')}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {tr('rel.problems')}（{problems.length}）
          </Typography.Title>
          <div data-testid="relation-problems">
            <List size="small" bordered dataSource={problems} renderItem={render} pagination={pagination(problems.length)} />
          </div>
        </section>
      )}
      <section aria-label={tr('rel.checked')}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {tr('rel.checked')}
        </Typography.Title>
        <Radio.Group
          aria-label={tr('rel.filter')}
          size="small"
          optionType="button"
          value={filter}
          onChange={(e) => setFilter(e.target.value as Verdict | 'all')}
          style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginBottom: 8 }}
          options={[
            { value: 'all', label: `${tr('rel.all')} ${counts.total}` },
            ...VERDICTS.map((v) => ({ value: v, label: `${tr(`rel.verdict.${v}`)} ${counts[v]}` })),
          ]}
        />
        <div data-testid="relation-list">
          <List
            size="small"
            bordered
            dataSource={shown}
            renderItem={render}
            pagination={pagination(shown.length)}
            locale={{ emptyText: <Typography.Text>{tr('rel.none')}</Typography.Text> }}
          />
        </div>
        {omitted > 0 && <Typography.Text type="secondary">{tr('rel.omitted', { n: omitted })}</Typography.Text>}
      </section>
    </Space>
  );
}

export function useRelationWords() {
  return useDictionary(relationsZh, relationsEn);
}
