// 审核: what changed since the last submission, old and new side by side, with return/approve.
import { Alert, Card, Col, Empty, Result, Row, Space, Spin, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { leavesOf } from '../../../src/domain/frameworks/utils.js';
import { approvalBlockedBy } from '../../../src/domain/review/comments.js';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { getActions, getDiff, getEvaluation, getFramework, getHistory, type DiffChange, type Evaluation } from '../api.js';
import { StatusTag } from '../components/StatusTag.js';
import { useAuth } from '../auth.js';
import { useI18n } from '../i18n/index.js';
import { englishChangeLabel } from '../lib/changeLabel.js';
import { useLoad } from '../lib/useLoad.js';
import { contentOf, show } from './editor/content.js';
import { CommentsPanel, useComments } from './editor/ReviewComments.js';
import { LastReturn } from './editor/ReturnBanner.js';
import { FirstSubmissionSummary } from './review/FirstSubmissionSummary.js';
import { Downloads, History, showsWorkflow, useTransition, WorkflowButtons } from './editor/Workflow.js';
import { fmtTime } from '../lib/time.js';

/** Marks the part of a changed text that differs (common prefix and suffix left plain). */
function Marked({ text, other, color }: { text: string; other: string; color: string }) {
  let p = 0;
  while (p < text.length && p < other.length && text[p] === other[p]) p++;
  let s = 0;
  while (s < text.length - p && s < other.length - p && text[text.length - 1 - s] === other[other.length - 1 - s]) s++;
  const head = text.slice(0, p);
  const mid = text.slice(p, text.length - s);
  const tail = text.slice(text.length - s);
  const clip = (x: string, keepEnd: boolean) => (x.length > 60 ? (keepEnd ? `…${x.slice(-60)}` : `${x.slice(0, 60)}…`) : x);
  return (
    <span style={{ whiteSpace: 'pre-wrap' }}>
      {clip(head, true)}
      <mark style={{ background: color, fontWeight: 600 }}>{mid || '∅'}</mark>
      {clip(tail, false)}
    </span>
  );
}

export default function ReviewPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const ev = useLoad(() => getEvaluation(id), [id]);
  const diff = useLoad(() => getDiff(id), [id]);
  const e = ev.data;
  const history = useLoad(() => getHistory(id), [id]);
  const comments = useComments(id);
  const navigate = useNavigate();
  const content = useMemo(() => (e ? contentOf(e) : null), [e]);
  const actions = useLoad(() => getActions(id), [id]);
  // indicators are offered by name in 位置, as in the editor (a bare code cannot be searched for)
  const frameworkId = e?.framework.id;
  const framework = useLoad(() => (frameworkId ? getFramework(frameworkId) : Promise.resolve(null)), [frameworkId]);
  const indicatorNames = useMemo(() => (framework.data ? leavesOf(framework.data).map((i) => ({ code: i.code, name: i.name })) : []), [framework.data]);
  // The reviewer screen offers review actions only; submitting belongs to the editor.
  const allowed = (actions.data?.actions ?? []).filter((a) => a !== 'submit');
  const isReviewer = (useAuth().user?.roles ?? []).some((r) => r.role === 'reviewer');
  const transition = useTransition(
    e ?? ({ id, version: 0 } as Evaluation),
    async () => true,
    (next) => {
      ev.setData(next);
      void diff.reload();
      void actions.reload();
      void history.reload();
      comments.reload();
    },
    () => undefined,
    undefined,
    // refused (公开 while the 自评得分 is “—”, a status changed meanwhile): show the server's state, not the page's
    () => {
      void ev.reload();
      void actions.reload();
      void history.reload();
    },
  );

  if (ev.error) return <Result status="warning" title={t('forbidden', { message: ev.error.message })} />;
  if (!e) return <Spin style={{ display: 'block', margin: 48 }} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <div>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="review-title">
              {/* a first submission has no changes to show: the title said 自上次提交以来的修改 above its 首次提交 card */}
              {!diff.data ? t('rev.titlePlain') : !diff.data.since ? t('rev.titleFirst') : diff.data.changes.length ? t('rev.title') : t('rev.titlePlain')}
            </Typography.Title>
            {/* on a phone the long title takes its own line; the tag and the link keep theirs whole */}
            <Space wrap size={[8, 0]}>
              <Typography.Text>{e.title}</Typography.Text>
              <StatusTag status={e.status} />
              <Link to={`/evaluations/${e.id}`} style={{ whiteSpace: 'nowrap' }} data-testid="review-open-editor">
                {t('rev.openEditor')}
              </Link>
            </Space>
          </div>
          <Space wrap>
            {showsWorkflow(allowed, transition.refused) && (
              <WorkflowButtons
                actions={allowed}
                run={transition.run}
                busy={transition.busy}
                approveBlocked={approvalBlockedBy(comments.comments ?? [])}
                noScore={e.totalScore === null}
                refused={transition.refused}
              />
            )}
            <Downloads id={e.id} />
          </Space>
        </Space>
      </Card>
      <LastReturn transitions={history.data?.transitions ?? null} returned={e.status === 'returned'} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          {diff.data && !diff.data.since ? (
            <FirstSubmissionSummary evaluation={e} />
          ) : diff.data?.since && diff.data.changes.length === 0 ? (
            // nothing changed since the last submission (an approved one opened for 抽查复核): what it holds,
            // not an empty table under 自上次提交以来的修改
            <FirstSubmissionSummary evaluation={e} since={fmtTime(diff.data.since)} />
          ) : (
            <Card
              id="review-diff"
              size="small"
              title={diff.data ? (diff.data.since ? t('rev.since', { since: fmtTime(diff.data.since) }) : t('rev.noSince')) : t('common.loading')}
            >
              {diff.error && <Alert type="error" title={t('common.error', { message: diff.error.message })} />}
              {diff.data && (
                <Table<DiffChange>
                  aria-label={t('rev.title')}
                  size="small"
                  rowKey="path"
                  loading={diff.loading}
                  dataSource={diff.data.changes}
                  pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  locale={{ emptyText: <Empty description={t('rev.none')} /> }}
                  columns={[
                    {
                      title: t('rev.field'),
                      key: 'label',
                      width: '24%',
                      render: (_, c) => <span title={c.path}>{lang === 'en' ? englishChangeLabel(t, c) : c.label || c.path}</span>,
                    },
                    {
                      title: t('rev.before'),
                      key: 'before',
                      width: '38%',
                      render: (_, c) => <Marked text={show(c.before)} other={show(c.after)} color="#ffccc7" />,
                    },
                    {
                      title: t('rev.after'),
                      key: 'after',
                      width: '38%',
                      render: (_, c) => <Marked text={show(c.after)} other={show(c.before)} color="#d9f7be" />,
                    },
                  ]}
                />
              )}
            </Card>
          )}
        </Col>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {content && (
              <CommentsPanel
                state={comments}
                role="reviewer"
                frozen={e.status === 'approved' || e.status === 'published'}
                // a returned 自评 offers the reviewer no action, yet takes comments (the panel said it did
                // while hiding the form right after 退回)
                canPin={(e.status === 'submitted' && allowed.length > 0) || (e.status === 'returned' && isReviewer)}
                content={content}
                indicators={indicatorNames}
                onGo={(target) => navigate(`/evaluations/${encodeURIComponent(id)}?tab=${target.tab}`)}
              />
            )}
            {/* the reviewer's and finance's steps with their reasons (抽查复核 included) */}
            <History transitions={history.data?.transitions ?? null} error={history.error?.message ?? null} />
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
