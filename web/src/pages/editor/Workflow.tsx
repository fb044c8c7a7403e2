// Workflow buttons (提交/退回/审核通过/重新打开/公开, and finance's 抽查复核), downloads, and the history of transitions.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Grid, Input, Modal, Popconfirm, Space, Tag, Timeline, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, reportUrl, transitionEvaluation, type Evaluation, type Finding, type Transition, type TransitionAction } from '../../api.js';
import { StatusTag } from '../../components/StatusTag.js';
import { useI18n } from '../../i18n/index.js';
import { useEt } from './i18n.js';
import { fmtTime } from '../../lib/time.js';
import { inLanguage } from '../../lib/serverMessage.js';
import type { CompletenessItem } from '../../../../src/domain/completeness.js';

/** A 422 on 提交 for 定性 leaves without their level: the service's message and the items (indicator:CODE:level). */
export type LevelsBlocked = { message: string; levels: CompletenessItem[] };

export function useTransition(
  evaluation: Evaluation,
  before: () => Promise<boolean>,
  after: (e: Evaluation) => void,
  onBlocked: (f: Finding[]) => void,
  onLevels?: (b: LevelsBlocked) => void,
  /** After a refusal the page may be stale (a 422 on 公开, a 409): read the server's state again. */
  onRefused?: () => void,
) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<TransitionAction | null>(null);
  // a refusal stays beside the buttons until the next action: the toast is gone in 3 s (公开 while 自评得分 is “—”)
  const [refused, setRefused] = useState<string | null>(null);
  const run = async (action: TransitionAction, reason?: string) => {
    setBusy(action);
    setRefused(null);
    try {
      if (!(await before())) return false;
      const e = await transitionEvaluation(evaluation.id, { action, reason, version: evaluation.version });
      after(e);
      message.success(t('act.done', { status: t(`status.${e.status}`) }));
      return true;
    } catch (err) {
      const levels = err instanceof ApiError && err.status === 422 && Array.isArray(err.body.levels) ? (err.body.levels as CompletenessItem[]) : [];
      if (levels.length) {
        message.error(inLanguage((err as Error).message, lang));
        onLevels?.({ message: (err as Error).message, levels });
      } else if (err instanceof ApiError && err.status === 422 && Array.isArray(err.body.findings)) onBlocked(err.body.findings as Finding[]);
      else {
        const text = t('act.failed', { message: inLanguage((err as Error).message, lang) });
        setRefused(text);
        message.error(text);
        if (err instanceof ApiError) onRefused?.();
      }
      return false;
    } finally {
      setBusy(null);
    }
  };
  return { run, busy, refused };
}

function ReasonModal(props: { title: string; open: boolean; onOk: (reason: string) => Promise<boolean>; onCancel: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  // one request at a time: a double click returned it, then said “已退回状态不能退回”
  const [sending, setSending] = useState(false);
  const empty = !reason.trim();
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onCancel={props.onCancel}
      okButtonProps={{ disabled: empty, loading: sending }}
      onOk={async () => {
        setTouched(true);
        if (empty || sending) return;
        setSending(true);
        try {
          if (await props.onOk(reason.trim())) setReason('');
        } finally {
          setSending(false);
        }
      }}
    >
      <Input.TextArea
        aria-label={t('common.reason')}
        placeholder={t('act.reasonRequired')}
        autoSize={{ minRows: 3 }}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        status={touched && empty ? 'error' : undefined}
      />
      {touched && empty && <Typography.Text type="danger">{t('act.reasonRequired')}</Typography.Text>}
    </Modal>
  );
}

export const WITHDRAW = 'withdraw' as TransitionAction;

/** WorkflowButtons shows anything: with no action and no refusal its empty item left a blank line on a phone (after 退回). */
export const showsWorkflow = (actions: TransitionAction[], refused: string | null) => actions.length > 0 || !!refused;

/** One button per action the server says this user may take now; 提交 goes through `onSubmit` (the confirmation). */
export function WorkflowButtons(props: {
  actions: TransitionAction[];
  run: (a: TransitionAction, reason?: string) => Promise<boolean>;
  busy: TransitionAction | null;
  onSubmit?: () => void;
  approveBlocked?: string | null;
  /** 自评得分 is "—": 公开 is shown disabled with why (the server refuses it too, naming the indicators). */
  noScore?: boolean;
  /** The last refused action, in words, shown after the buttons. */
  refused?: string | null;
}) {
  const { t } = useI18n();
  const et = useEt();
  const [asking, setAsking] = useState<'return' | 'reopen' | 'checkReturn' | null>(null);
  const { run, busy } = props;
  const may = (a: TransitionAction) => props.actions.includes(a);
  return (
    <Space wrap>
      {may('submit') && (
        <Button type="primary" loading={busy === 'submit'} onClick={() => (props.onSubmit ? props.onSubmit() : void run('submit'))}>
          {t('act.submit')}
        </Button>
      )}
      {may(WITHDRAW) && (
        <Popconfirm
          title={et('withdraw.confirm')}
          description={et('withdraw.hint')}
          okText={et('withdraw.ok')}
          cancelText={t('common.cancel')}
          onConfirm={() => run(WITHDRAW)}
        >
          <Button loading={busy === WITHDRAW}>{et('withdraw.button')}</Button>
        </Popconfirm>
      )}
      {may('return') && (
        <Button danger loading={busy === 'return'} onClick={() => setAsking('return')}>
          {t('act.return')}
        </Button>
      )}
      {may('approve') && props.approveBlocked && (
        <Tooltip title={props.approveBlocked}>
          <Button type="primary" disabled aria-describedby="approve-blocked">
            {t('act.approve')}
          </Button>
        </Tooltip>
      )}
      {may('approve') && props.approveBlocked && (
        <Typography.Text id="approve-blocked" type="warning" style={{ overflowWrap: 'anywhere' }}>
          {props.approveBlocked}
        </Typography.Text>
      )}
      {may('approve') && !props.approveBlocked && (
        <Popconfirm title={t('act.confirmApprove')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => run('approve')}>
          <Button type="primary" loading={busy === 'approve'}>
            {t('act.approve')}
          </Button>
        </Popconfirm>
      )}
      {may('reopen') && (
        <Button loading={busy === 'reopen'} onClick={() => setAsking('reopen')}>
          {t('act.reopen')}
        </Button>
      )}
      {may('publish') && props.noScore && (
        <Tooltip title={t('act.publishNoScore')}>
          <Button type="primary" disabled aria-describedby="publish-blocked">
            {t('act.publish')}
          </Button>
        </Tooltip>
      )}
      {may('publish') && props.noScore && (
        <Typography.Text id="publish-blocked" type="warning" style={{ overflowWrap: 'anywhere' }}>
          {t('act.publishNoScore')}
        </Typography.Text>
      )}
      {may('publish') && !props.noScore && (
        <Popconfirm title={t('act.confirmPublish')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => run('publish')}>
          <Button type="primary" loading={busy === 'publish'}>
            {t('act.publish')}
          </Button>
        </Popconfirm>
      )}
      {(may('checkPass') || may('checkReturn')) && (
        // 抽查复核 (finance, after review passed): a pass is recorded, a return needs the reason the filler reads
        <Space size={4} wrap role="group" aria-label={t('act.spotCheck')} data-testid="spot-check">
          <Typography.Text strong>{t('act.spotCheck')}</Typography.Text>
          {may('checkPass') && (
            <Popconfirm title={t('act.confirmCheckPass')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => run('checkPass')}>
              <Button type="primary" loading={busy === 'checkPass'}>
                {t('act.checkPass')}
              </Button>
            </Popconfirm>
          )}
          {may('checkReturn') && (
            <Button danger loading={busy === 'checkReturn'} onClick={() => setAsking('checkReturn')}>
              {t('act.checkReturn')}
            </Button>
          )}
        </Space>
      )}
      <ReasonModal
        open={asking !== null}
        title={asking === 'reopen' ? t('act.reopenTitle') : asking === 'checkReturn' ? t('act.checkReturnTitle') : t('act.returnTitle')}
        onCancel={() => setAsking(null)}
        onOk={async (reason) => {
          const ok = await run(asking!, reason);
          if (ok) setAsking(null);
          return ok;
        }}
      />
      {props.refused && (
        <Typography.Text type="danger" role="alert" data-testid="transition-refused" style={{ overflowWrap: 'anywhere' }}>
          {props.refused}
        </Typography.Text>
      )}
    </Space>
  );
}

/** The server's refusal as the UI shows it (JSON { message }, else the status line). */
async function refusalOf(res: Response, lang: 'zh' | 'en'): Promise<string> {
  try {
    const body = (await res.json()) as { message?: string };
    if (body.message) return inLanguage(body.message, lang);
  } catch {
    /* not JSON */
  }
  return `${res.status} ${res.statusText}`;
}

export function Downloads({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const narrow = Grid.useBreakpoint().md === false;
  const [busy, setBusy] = useState(false);
  // The PDF takes LibreOffice seconds and may be refused (no LibreOffice on the server): fetched
  // here so the button spins meanwhile and a refusal is said in words, not as a failed download.
  const pdf = async (e: React.MouseEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const res = await fetch(reportUrl(id, 'pdf'), { credentials: 'same-origin' });
      if (!res.ok) {
        message.error({ content: t('dl.failed', { message: await refusalOf(res, lang) }), duration: 10 });
        return;
      }
      const name = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1];
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = name ? decodeURIComponent(name) : 'report.pdf';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (err) {
      message.error(t('dl.failed', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  const buttons = (['docx', 'pdf', 'xlsx'] as const).map((f) => (
    <Button
      key={f}
      size={narrow ? 'large' : undefined}
      icon={<DownloadOutlined />}
      href={reportUrl(id, f)}
      download
      loading={f === 'pdf' && busy}
      onClick={f === 'pdf' ? (e) => void pdf(e) : undefined}
      aria-label={`${t('dl.title')} ${t(`dl.${f}`)}`}
    >
      {t(`dl.${f}`)}
    </Button>
  ));
  // A phone has no room for the joined group: the three wrap instead of running off the screen.
  return narrow ? (
    <Space wrap size={4}>
      {buttons}
    </Space>
  ) : (
    <Space.Compact>{buttons}</Space.Compact>
  );
}

const who = (u: Transition['user']) => u ?? '';

export function History({ transitions, error }: { transitions: Transition[] | null; error: string | null }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('hist.title')}>
      {error && <Typography.Text type="secondary">{t('common.error', { message: error })}</Typography.Text>}
      {transitions && !transitions.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('hist.empty')} />}
      {transitions && transitions.length > 0 && (
        <Timeline
          aria-label={t('hist.title')}
          items={transitions.map((tr) => ({
            content: (
              <div>
                <StatusTag status={tr.toStatus} />{' '}
                {(tr.action === 'checkPass' || tr.action === 'checkReturn') && (
                  <Tag color={tr.action === 'checkPass' ? 'green' : 'red'} data-action={tr.action}>
                    {t(tr.action === 'checkPass' ? 'hist.checkPass' : 'hist.checkReturn')}
                  </Tag>
                )}
                {who(tr.user)}
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {fmtTime(tr.at)}
                </Typography.Text>
                {tr.reason && (
                  <div>
                    {t('common.reason')}
                    {t('common.colon')}
                    {tr.reason}
                  </div>
                )}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
