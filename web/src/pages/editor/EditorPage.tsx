// 自评编辑: the evaluation's tabs with autosave, findings, workflow, downloads and history.
import { Alert, App, Badge, Button, Card, Col, ConfigProvider, Grid, Modal, Result, Row, Space, Spin, Tabs, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { leavesOf } from '../../../../src/domain/frameworks/utils.js';
import { approvalBlockedBy } from '../../../../src/domain/review/comments.js';
import { getActions, getEvaluation, getFramework, getHistory, type Evaluation, type Finding } from '../../api.js';
import { useAuth } from '../../auth.js';
import { StatusTag } from '../../components/StatusTag.js';
import { useI18n } from '../../i18n/index.js';
import { useDocumentTitle, useShellWords } from '../../lib/useDocumentTitle.js';
import { useLoad } from '../../lib/useLoad.js';
import { BudgetTab, budgetErrorCount } from './BudgetTab.js';
import { ConflictDialog } from './ConflictDialog.js';
import { EditorContext, type EditorCtx } from './context.js';
import { FindingsList, FindingsPanel } from './FindingsPanel.js';
import { Guidance } from './Guidance.js';
import { editorProgress } from './progress.js';
import { COMMENT_MARK_CSS, CommentsPanel, useCommentMarks, useComments } from './ReviewComments.js';
import { ReturnBanner, SavedAt } from './ReturnBanner.js';
import { IndicatorsTab } from './IndicatorsTab.js';
import { InvalidNote, SaveNotes, SaveRaced, SaveRefused, useIndicatorMarks } from './InvalidNote.js';
import { KeyProjectsTab } from './KeyProjectsTab.js';
import { ProfileTab } from './ProfileTab.js';
import { SectionsEditor } from './SectionsTab.js';
import { itemTarget, SubmitDialog } from './SubmitDialog.js';
import { cellTab } from './invalidCells.js';
import { kindsOf, TABS, type TabKey, type Target } from './tabs.js';
import { useAutosave } from './useAutosave.js';
import { useFindings } from './useFindings.js';
import { SaveIndicator } from './SaveIndicator.js';
import { anchorAt } from './commentTarget.js';
import { useRt } from './useRt.js';
import { Downloads, History, showsWorkflow, useTransition, WorkflowButtons } from './Workflow.js';

export default function EditorPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const st = useShellWords();
  const { data, error } = useLoad(() => getEvaluation(id), [id]);
  useDocumentTitle(data ? null : [st('shell.page.editor')]);
  if (error) return <Result status="warning" title={t('forbidden', { message: error.message })} extra={<Link to="/">{t('nav.workbench')}</Link>} />;
  if (!data) return <Spin style={{ display: 'block', margin: 48 }} />;
  return <Editor key={data.id} initial={data} />;
}

function Editor({ initial }: { initial: Evaluation }) {
  const { t } = useI18n();
  const rt = useRt();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : 'profile';
  const [focus, setFocus] = useState<string | null>(null);
  const { findings, setFindings, relations, error: findingsError, loading: findingsLoading, load: loadFindings, explain } = useFindings(initial.id);
  const [blocked, setBlocked] = useState<Finding[] | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const history = useLoad(() => getHistory(initial.id), [initial.id]);
  const actions = useLoad(() => getActions(initial.id), [initial.id]);

  const saver = useAutosave(initial, loadFindings);
  const e = saver.server;
  const comments = useComments(initial.id);
  const framework = useLoad(() => getFramework(initial.framework.id), [initial.framework.id]);
  const indicatorNames = useMemo(() => (framework.data ? leavesOf(framework.data).map((i) => ({ code: i.code, name: i.name })) : []), [framework.data]);
  useIndicatorMarks(framework.data ?? null, saver.content, saver.markInvalid);
  // a box marked invalid whose row was removed (a funding line, a project): nothing left to correct
  const { invalidCells, markInvalid } = saver;
  useEffect(() => {
    const timer = setTimeout(() => {
      for (const c of invalidCells)
        if (!c.id.startsWith('indicator-') && cellTab(c.id, saver.content) === tab && !document.getElementById(c.id)) markInvalid(c.id, false);
    }, 300);
    return () => clearTimeout(timer);
  }, [invalidCells, markInvalid, saver.content, tab]);
  const progress = useMemo(() => (framework.data ? editorProgress(framework.data, saver.content) : {}), [framework.data, saver.content]);
  const [picked, setPicked] = useState<string | null>(null);
  useCommentMarks(comments.comments, saver.content);
  useEffect(loadFindings, [loadFindings]);
  // What I may do follows the status: ask again whenever it changes (a save or a conflict can
  // bring a newer state), and retry a failed load instead of silently showing no buttons.
  const reloadActions = actions.reload;
  const statusSeen = useRef(e.status);
  useEffect(() => {
    if (statusSeen.current === e.status) return;
    statusSeen.current = e.status;
    void reloadActions();
  }, [e.status, reloadActions]);
  useEffect(() => {
    if (!actions.error) return;
    const timer = setTimeout(() => void reloadActions(), 3000);
    return () => clearTimeout(timer);
  }, [actions.error, reloadActions]);

  // Content is edited by a filler of exactly this unit (the server checks it again on save).
  const fill = (user?.roles ?? []).some((r) => r.role === 'filler' && r.unitId === e.unit.id);
  const allowed = actions.data?.actions ?? [];
  const reviewing = allowed.some((a) => a !== 'submit');
  const reviewer = !fill && (user?.roles ?? []).some((r) => r.role === 'reviewer');
  const approveBlocked = approvalBlockedBy(comments.comments ?? []);
  const editable = fill && (e.status === 'draft' || e.status === 'returned') && saver.state !== 'locked';

  const { message } = App.useApp();
  /** Saves now; false (with which cell and why) while a cell holds text that is not a valid value. */
  const saveAll = async (): Promise<boolean> => {
    if (!editable || (await saver.flush())) return true;
    const cell = saver.invalidCells[0];
    if (cell) throw new Error(t('ed.invalid.blocks', { label: cell.label }));
    if (saver.racedLast()) throw new Error(t('ed.save.raceSubmit'));
    const refused = saver.lastError();
    if (refused) throw new Error(t('ed.save.refusedSubmit', { message: refused }));
    return false;
  };
  /** saveAll; when a cell is not a valid value, says which and goes there. */
  const saveOrGo = async (): Promise<boolean> => {
    try {
      return await saveAll();
    } catch (err) {
      message.error((err as Error).message);
      const cell = saver.invalidCells[0];
      if (cell) go({ tab: cellTab(cell.id, saver.content), field: cell.id });
      return false;
    }
  };
  const transition = useTransition(
    e,
    () => saveOrGo(),
    (next) => {
      saver.replace(next);
      void history.reload();
      void actions.reload();
      loadFindings();
      comments.reload();
    },
    (f) => {
      setFindings(f);
      setBlocked(f);
    },
    // 提交 refused for a 定性 leaf without its level: the message is shown; take the filler to that row
    (b) => go(itemTarget(b.levels[0]!, saver.content)),
    // refused: the buttons follow the server; a locked evaluation (nothing typed to lose) is read again
    () => {
      void actions.reload();
      void history.reload();
      if (!(e.status === 'draft' || e.status === 'returned'))
        void getEvaluation(e.id).then(
          (fresh) => saver.replace(fresh),
          () => undefined,
        );
    },
  );

  const go = (target: Target) => {
    setParams({ tab: target.tab }, { replace: true });
    setFocus(target.field);
    setBlocked(null);
    if (target.field) setTimeout(() => document.getElementById(target.field!)?.focus(), 150);
  };

  // below 1200 px the findings stack under the tabs: a link in the header takes you down to them
  const screens = Grid.useBreakpoint();
  const stacked = screens.xl === false;
  // a phone's toolbar: every button 40 px high (antd large), links padded to the same height
  const phone = screens.md === false;
  const errorCount = findings?.filter((f) => f.severity === 'error').length ?? 0;
  const st = useShellWords();
  useDocumentTitle([t(`ed.tab.${tab}`), `${e.unit.shortName ?? e.unit.name} ${st('shell.year', { year: e.year })}`]);

  const ctx: EditorCtx = { content: saver.content, update: saver.update, markInvalid: saver.markInvalid, draftOf: saver.draftOf, readOnly: !editable, focus };
  const budgetProblems = budgetErrorCount(saver.content.budget);
  // the budget's error count inline after its name (as a corner badge it sat on the "1/4" beside it)
  const name = (key: TabKey) =>
    key === 'budget' && budgetProblems ? (
      <>
        {t('ed.tab.budget')} <Badge count={budgetProblems} size="small" />
      </>
    ) : (
      t(`ed.tab.${key}`)
    );
  const label = (key: TabKey) => {
    const p = progress[key];
    if (!p) return name(key);
    const done = p.filled === p.total;
    return (
      <span data-tab-progress={`${p.filled}/${p.total}`}>
        {name(key)}{' '}
        <Typography.Text type={done ? 'success' : 'secondary'} style={{ fontSize: 12 }} aria-label={rt('prog.label', { filled: p.filled, total: p.total })}>
          {p.filled}/{p.total}
        </Typography.Text>
      </span>
    );
  };
  const body = (key: TabKey) => (
    <>
      {editable && <Guidance tab={key} />}
      {tabBody(key)}
    </>
  );
  const tabBody = (key: TabKey) => {
    switch (key) {
      case 'profile':
        return <ProfileTab />;
      case 'budget':
        return <BudgetTab />;
      case 'indicators':
        return <IndicatorsTab evaluation={e} />;
      case 'keyProjects':
        return <KeyProjectsTab />;
      default:
        return <SectionsEditor kinds={kindsOf(key)} />;
    }
  };

  return (
    <EditorContext.Provider value={ctx}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Row justify="space-between" align="middle" gutter={[8, 8]}>
            <Col flex="auto">
              <Typography.Title level={1} style={{ margin: 0, fontSize: 20 }}>
                {saver.content.title}
              </Typography.Title>
              <Space size="small" wrap>
                <Typography.Text type="secondary">
                  {e.unit.name} · {e.year} · {e.framework.name}
                </Typography.Text>
                <StatusTag status={e.status} />
                <SavedAt version={e.version} />
                {editable || saver.state !== 'saved' ? <SaveIndicator state={saver.state} error={saver.error} t={t} /> : null}
              </Space>
            </Col>
            <Col>
              <ConfigProvider componentSize={phone ? 'large' : undefined}>
                <Space wrap data-testid="editor-toolbar">
                  {showsWorkflow(allowed, transition.refused) && (
                    <WorkflowButtons
                      actions={allowed}
                      run={transition.run}
                      busy={transition.busy}
                      onSubmit={() => setSubmitting(true)}
                      approveBlocked={approveBlocked}
                      noScore={e.totalScore === null}
                      refused={transition.refused}
                    />
                  )}
                  {actions.error && (
                    <Typography.Text type="danger" role="alert">
                      {t('act.loadFailed', { message: actions.error.message })}{' '}
                      <Button size={phone ? 'large' : 'small'} type="link" onClick={() => void reloadActions()}>
                        {t('act.retry')}
                      </Button>
                    </Typography.Text>
                  )}
                  {/* a returned one too: its reviewer reads there what was asked and, once resubmitted, what changed */}
                  {(reviewing || e.status === 'submitted' || e.status === 'returned') && !fill && (
                    <Link to={`/evaluations/${e.id}/review`} style={phone ? { display: 'inline-flex', alignItems: 'center', minHeight: 40 } : undefined}>
                      {t('rev.link')}
                    </Link>
                  )}
                  <Downloads id={e.id} />
                  {stacked && (
                    <Button
                      type="link"
                      size={phone ? 'large' : 'small'}
                      style={{ paddingInline: 0 }}
                      data-testid="to-findings"
                      onClick={() => document.getElementById('findings-panel')?.scrollIntoView({ behavior: 'smooth', block: 'start' })}
                    >
                      {t('find.title')}
                      {findings && <Badge count={errorCount} size="small" showZero={false} offset={[6, -2]} />}
                    </Button>
                  )}
                </Space>
              </ConfigProvider>
            </Col>
          </Row>
          {editable && (saver.invalidCells.length > 0 || (saver.state === 'error' && saver.error) || saver.state === 'race') && (
            <SaveNotes phone={phone}>
              {saver.state === 'error' && saver.error && <SaveRefused message={saver.error} />}
              {saver.state === 'race' && <SaveRaced phone={phone} onRetry={() => void saver.flush()} />}
              <InvalidNote cells={saver.invalidCells} content={saver.content} onGo={go} phone={phone} />
            </SaveNotes>
          )}
          {saver.autoMerged && (
            <Alert
              type="info"
              showIcon
              closable={{ onClose: saver.dismissMerged }}
              data-testid="auto-merged"
              title={t('conf.merged', { n: saver.autoMerged.fields, version: saver.autoMerged.version })}
            />
          )}
          {e.status === 'returned' && (
            <ReturnBanner transitions={history.data?.transitions ?? null} openComments={(comments.comments ?? []).filter((c) => c.status === 'open').length} />
          )}
          {!editable && (
            <Alert
              style={{ marginTop: 8 }}
              type="info"
              showIcon
              title={t('ed.readonly', {
                why: saver.state === 'locked' ? t('ed.save.locked') : fill ? t(`status.${e.status}`) : t(`role.${user?.roles[0]?.role ?? 'reviewer'}`),
              })}
            />
          )}
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={18}>
            <Card size="small" onClickCapture={(ev) => setPicked(anchorAt(ev.target as HTMLElement | null))}>
              <style>{COMMENT_MARK_CSS}</style>
              <Tabs
                aria-label={t('ed.tabs')}
                activeKey={tab}
                onChange={(k) => setParams({ tab: k }, { replace: true })}
                items={TABS.map((key) => ({ key, label: label(key), children: body(key) }))}
                destroyOnHidden
              />
            </Card>
          </Col>
          <Col xs={24} xl={6}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <CommentsPanel
                state={comments}
                role={fill ? 'filler' : reviewer ? 'reviewer' : null}
                frozen={e.status === 'approved' || e.status === 'published'}
                canPin={reviewer && (e.status === 'submitted' || e.status === 'returned')}
                content={saver.content}
                indicators={indicatorNames}
                picked={picked}
                onGo={go}
              />
              <FindingsPanel
                findings={findings}
                relations={relations}
                error={findingsError}
                loading={findingsLoading}
                content={saver.content}
                onGo={go}
                onRefresh={loadFindings}
                onExplain={editable ? explain : undefined}
              />
              <History transitions={history.data?.transitions ?? null} error={history.error?.message ?? null} />
            </Space>
          </Col>
        </Row>
      </Space>
      <SubmitDialog
        open={submitting}
        evaluation={e}
        content={saver.content}
        save={async () => {
          try {
            return await saveAll();
          } catch (err) {
            const cell = saver.invalidCells[0];
            if (!cell) throw err; // a refusal: the dialog says it
            message.error((err as Error).message);
            setSubmitting(false); // taken to the cell instead
            go({ tab: cellTab(cell.id, saver.content), field: cell.id });
            return false;
          }
        }}
        onSubmit={() => transition.run('submit')}
        onGo={go}
        onClose={() => setSubmitting(false)}
      />
      <ConflictDialog mine={saver.content} conflict={saver.conflict} onResolve={saver.resolve} />
      <Modal
        open={blocked !== null}
        destroyOnHidden
        title={t('act.blocked')}
        onCancel={() => setBlocked(null)}
        footer={<Button onClick={() => setBlocked(null)}>{t('common.confirm')}</Button>}
        width={640}
      >
        <FindingsList findings={(blocked ?? []).filter((f) => f.severity === 'error')} content={saver.content} onGo={go} />
      </Modal>
    </EditorContext.Provider>
  );
}
