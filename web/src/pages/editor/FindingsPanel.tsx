// The checker's findings (GET /api/evaluations/:id/findings); each links to the tab and field.
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Drawer, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Highlighted, RelationsReview, useRelationWords, type RelationCounts, type ShownRelation } from '../../components/Relations.js';
import { figureSpans } from '../../lib/figureSpans.js';
import type { Finding } from '../../api.js';
import { useDictionary, useI18n } from '../../i18n/index.js';
import { rulesEn } from '../../i18n/rules.en.js';
import { rulesZh, type RuleKey } from '../../i18n/rules.zh.js';
import { checkScope, type CheckScope } from './checkScope.js';
import type { Content } from './content.js';
import { Explanation, type ExplainFn } from './Explain.js';
import { findingTarget, type Target } from './tabs.js';

/** The figures of a finding in its sentence: the relation it came from gives their places, else the stated figure alone. */
function markedFigures(f: Finding, relations: ShownRelation[] | undefined): [number, number][] {
  const r = relations?.find((x) => x.text === f.text && x.statedText === f.stated && x.computedText === f.computed && x.spans?.length);
  return r?.spans ?? figureSpans(f.text, f.stated);
}

export function FindingsList({
  findings,
  content,
  onGo,
  onExplain,
  relations,
  scope,
}: {
  findings: Finding[];
  content: Content;
  onGo?: (t: Target) => void;
  onExplain?: ExplainFn;
  /** The narrative's relations: a finding made from one is marked at the figures it used. */
  relations?: ShownRelation[] | undefined;
  /** What had figures to check: with none, an empty list does not say 未发现问题. */
  scope?: CheckScope;
}) {
  const { t, lang } = useI18n();
  const rt = useDictionary(rulesZh, rulesEn);
  // English readers get the rule's name and the checker's English message (quoted report text
  // stays Chinese); a finding without one shows the Chinese message as a quoted detail.
  const ruleName = (f: Finding) => {
    const key = `rule.${f.rule}` as RuleKey;
    return key in rulesZh ? rt(key) : f.rule;
  };
  return (
    <List
      size="small"
      aria-label={t('find.title')}
      dataSource={findings}
      locale={{
        emptyText:
          scope && scope.checked.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              data-testid="findings-nothing"
              description={
                <>
                  <div>{t('find.nothingYet')}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('find.nothingHint')}
                  </Typography.Text>
                </>
              }
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('find.none')} />
          ),
      }}
      renderItem={(f) => {
        const target = findingTarget(f, content);
        const spans = f.text ? markedFigures(f, relations) : [];
        return (
          <List.Item data-rule={f.rule} data-severity={f.severity}>
            <Space orientation="vertical" size={2} style={{ width: '100%', minWidth: 0, overflowWrap: 'anywhere' }}>
              <span>
                <Tag color={f.severity === 'error' ? 'error' : 'warning'}>{f.severity === 'error' ? t('find.error') : t('find.warning')}</Tag>
                {lang === 'en' ? <strong data-testid="rule-name">{ruleName(f)}</strong> : f.message}
              </span>
              {lang === 'en' &&
                (f.messageEn ? (
                  <Typography.Text style={{ fontSize: 12 }} data-testid="message-en">
                    {f.messageEn}
                  </Typography.Text>
                ) : (
                  <Typography.Text style={{ fontSize: 12 }}>
                    {rt('rule.messageInChinese')}
                    <span lang="zh-CN">{f.message}</span>
                  </Typography.Text>
                ))}
              {/* a missed target's message names target and actual; its "computed" is the target, which
                  read as 计算值 ≤100% under the sentence that already said 目标 ≤100% */}
              {f.rule !== 'deviationReason' && (f.stated != null || f.computed != null) && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[f.stated != null && t('find.stated', { v: f.stated }), f.computed != null && t('find.computed', { v: f.computed })]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
              )}
              {spans.length > 0 && (
                <div data-testid="finding-text" style={{ fontSize: 13 }}>
                  <Highlighted text={f.text} spans={spans} statedText={f.stated ?? ''} verdict={f.severity === 'error' ? 'error' : 'rounding'} />
                </div>
              )}
              <Explanation finding={f} onExplain={onExplain} />
              {target && onGo && (
                <Button
                  type="link"
                  size="small"
                  style={{ paddingLeft: 0 }}
                  aria-label={`${t('find.goto')}${t('common.colon')}${f.message}`}
                  onClick={() => onGo(target)}
                >
                  {t('find.goto')}
                </Button>
              )}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}

/** The relations the narrative was checked for, each placed on its section and paragraph. */
export function NarrativeRelations({
  relations,
  counts,
  content,
  onGo,
}: {
  relations: ShownRelation[];
  counts: RelationCounts;
  content: Content;
  onGo: (t: Target) => void;
}) {
  const tr = useRelationWords();
  const placeOf = (r: ShownRelation) => {
    const s = content.sections.find((x) => x.key === r.location?.section);
    const name = s ? `${s.numbering ?? ''}${s.title}`.slice(0, 24) : (r.location?.section ?? '');
    return r.location?.paragraph !== undefined ? tr('rel.paragraph', { section: name, n: r.location.paragraph + 1 }) : name;
  };
  const goTo = (r: ShownRelation) => {
    const target = r.location ? findingTarget({ rule: 'narrative', location: r.location }, content) : null;
    return target ? () => onGo(target) : undefined;
  };
  return <RelationsReview relations={relations} counts={counts} placeOf={placeOf} onGo={goTo} pageSize={5} />;
}

export function FindingsPanel(props: {
  findings: Finding[] | null;
  relations?: { relations: ShownRelation[]; summary: RelationCounts } | null;
  error: string | null;
  loading: boolean;
  content: Content;
  onGo: (t: Target) => void;
  onRefresh: () => void;
  onExplain?: ExplainFn;
}) {
  const { t } = useI18n();
  const tr = useRelationWords();
  const [open, setOpen] = useState(false);
  const errors = props.findings?.filter((f) => f.severity === 'error').length ?? 0;
  const scope = checkScope(props.content);
  const nothing = scope.checked.length === 0;
  const areas = (list: CheckScope['checked']) => list.map((a) => t(`find.area.${a}`)).join(t('common.listSep'));
  return (
    <Card
      id="findings-panel"
      size="small"
      title={
        <span>
          {t('find.title')}{' '}
          {props.findings && (
            <Tag color={errors ? 'error' : nothing ? 'default' : 'success'} data-testid="findings-tag">
              {errors ? t(errors === 1 ? 'find.errorCountOne' : 'find.errorCount', { n: errors }) : nothing ? t('find.nothingTag') : '✓'}
            </Tag>
          )}
        </span>
      }
      extra={<Button size="small" icon={<ReloadOutlined />} loading={props.loading} aria-label={t('find.refresh')} onClick={props.onRefresh} />}
      styles={{ body: { maxHeight: 420, overflow: 'auto' } }}
    >
      {props.error && <Alert type="warning" title={t('common.error', { message: props.error })} />}
      {props.findings && (
        <FindingsList
          findings={props.findings}
          content={props.content}
          onGo={props.onGo}
          onExplain={props.onExplain}
          relations={props.relations?.relations}
          scope={scope}
        />
      )}
      {props.findings && !nothing && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }} data-testid="findings-scope">
          {t('find.checked', { areas: areas(scope.checked) })}
          {scope.empty.length > 0 && (
            <>
              <br />
              {t('find.notYet', { areas: areas(scope.empty) })}
            </>
          )}
        </Typography.Paragraph>
      )}
      {props.relations && props.relations.summary.total > 0 && (
        <Button type="link" size="small" style={{ paddingLeft: 0 }} data-testid="open-relations" onClick={() => setOpen(true)}>
          {`${tr('rel.checked')}（${props.relations.summary.total}）`}
        </Button>
      )}
      {props.relations && (
        <Drawer
          open={open}
          onClose={() => setOpen(false)}
          title={tr('rel.checked')}
          size={Math.min(760, typeof window === 'undefined' ? 760 : window.innerWidth)}
          destroyOnHidden
        >
          <div data-testid="narrative-relations" style={{ maxWidth: '100%', minWidth: 0, overflowWrap: 'anywhere' }}>
            <NarrativeRelations
              relations={props.relations.relations}
              counts={props.relations.summary}
              content={props.content}
              onGo={(target) => (setOpen(false), props.onGo(target))}
            />
          </div>
        </Drawer>
      )}
    </Card>
  );
}
