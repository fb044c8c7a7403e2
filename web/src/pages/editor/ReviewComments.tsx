// 审核意见: the reviewer pins a comment to a place (a budget cell, an indicator, a paragraph), the
// filler answers or reports it fixed, the reviewer resolves. Open pins are marked on their fields.
import { App, Button, Card, Empty, Form, Grid, Input, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DiffableContent } from '../../../../src/domain/diff.js';
import { anchorsOf, awaiting, type CommentAction, type IndicatorName, type ReviewComment } from '../../../../src/domain/review/comments.js';
import { actOnComment, getComments, pinComment } from '../../api.js';
import { anchorTarget } from './commentTarget.js';
import { beijingTime } from './ReturnBanner.js';
import type { Content } from './content.js';
import type { Target } from './tabs.js';
import { useRt } from './useRt.js';

export function useComments(evaluationId: string) {
  const [comments, setComments] = useState<ReviewComment[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    getComments(evaluationId).then(
      (r) => {
        setComments(r.comments);
        setError(null);
      },
      (e: Error) => setError(e.message),
    );
  }, [evaluationId]);
  useEffect(reload, [reload]);
  const pin = async (anchor: string, text: string) => setComments((await pinComment(evaluationId, { anchor, text })).comments);
  const act = async (id: string, action: CommentAction, text?: string) =>
    setComments((await actOnComment(evaluationId, id, { action, ...(text ? { text } : {}) })).comments);
  return { comments, error, reload, pin, act };
}

export type CommentsState = ReturnType<typeof useComments>;

/** Marks the fields open comments are pinned to (outline + tooltip), whatever tab is showing. */
export function useCommentMarks(comments: ReviewComment[] | null, content: Pick<Content, 'sections'>) {
  const rt = useRt();
  useEffect(() => {
    const open = (comments ?? []).filter((c) => c.status === 'open');
    const marks = new Map<string, string>();
    for (const c of open) {
      const id = anchorTarget(c.anchor, content)?.field;
      if (id) marks.set(id, [marks.get(id), rt('cm.marker', { text: c.messages[0]?.text ?? '' })].filter(Boolean).join('\n'));
    }
    const apply = () => {
      for (const el of document.querySelectorAll<HTMLElement>('[data-comment-mark]')) {
        if (!marks.has(el.dataset.commentMark!)) {
          el.removeAttribute('data-comment-mark');
          el.removeAttribute('title');
        }
      }
      for (const [id, text] of marks) {
        const field = document.getElementById(id);
        if (!field) continue;
        // The visible box: an Ant Design wrapper around the input, or the element itself (read-only text).
        const box = (field.closest('.ant-input-number, .ant-input-affix-wrapper, .ant-picker, .ant-select') as HTMLElement | null) ?? field;
        if (box.dataset.commentMark !== id) box.dataset.commentMark = id;
        if (box.title !== text) box.title = text;
      }
    };
    apply();
    let frame = 0;
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(apply);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      for (const el of document.querySelectorAll<HTMLElement>('[data-comment-mark]')) {
        el.removeAttribute('data-comment-mark');
        el.removeAttribute('title');
      }
    };
  }, [comments, content, rt]);
}

/** The style of a marked field: an amber ring, never the red of an error. */
export const COMMENT_MARK_CSS = '[data-comment-mark]{box-shadow:0 0 0 2px #fa8c16 !important;border-radius:6px}';

const KIND_COLOR: Record<string, string> = { comment: 'orange', reply: 'blue', fixed: 'green', resolve: 'default', reopen: 'orange' };

function Thread({ c }: { c: ReviewComment }) {
  const rt = useRt();
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      {c.messages.map((m) => (
        <div key={m.id} data-message-kind={m.kind} style={{ fontSize: 13 }}>
          <Tag color={KIND_COLOR[m.kind]} style={{ marginInlineEnd: 4 }}>
            {rt(`cm.kind.${m.kind}`)}
          </Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {m.user ?? ''} {beijingTime(m.at)}
          </Typography.Text>
          {m.text && <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{m.text}</div>}
        </div>
      ))}
    </div>
  );
}

function CommentItem(props: {
  c: ReviewComment;
  role: 'filler' | 'reviewer' | null;
  frozen: boolean;
  onAct: (a: CommentAction, text?: string) => Promise<boolean>;
  onGo?: () => void;
}) {
  const rt = useRt();
  const { c, role, frozen } = props;
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<CommentAction | null>(null);
  const run = async (a: CommentAction, t?: string) => {
    setBusy(a);
    const ok = await props.onAct(a, t);
    setBusy(null);
    if (ok) setText('');
  };
  const turn = awaiting(c);
  const open = c.status === 'open';
  return (
    <div data-comment={c.id} data-comment-status={c.status} style={{ borderTop: '1px solid #f0f0f0', padding: '8px 0', display: 'grid', gap: 6 }}>
      <Space size={4} wrap>
        <Tag color={open ? 'orange' : 'green'}>{open ? rt('cm.open') : rt('cm.resolved')}</Tag>
        <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
          {c.anchorLabel}
        </Typography.Text>
        {props.onGo && (
          <Button size="small" type="link" onClick={props.onGo} aria-label={`${rt('cm.go')} ${c.anchorLabel}`}>
            {rt('cm.go')}
          </Button>
        )}
      </Space>
      {c.quote && (
        <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
          {rt('cm.quote', { quote: c.quote })}
        </Typography.Text>
      )}
      <Thread c={c} />
      {open && turn && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {turn === 'filler' ? rt('cm.awaitFiller') : rt('cm.awaitReviewer')}
        </Typography.Text>
      )}
      {!frozen && role && open && (
        <Space.Compact style={{ width: '100%' }}>
          <Input
            aria-label={rt('cm.replyLabel', { anchor: c.anchorLabel })}
            placeholder={role === 'filler' ? rt('cm.fixedHint') : rt('cm.reply')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={2000}
          />
          <Button disabled={!text.trim()} loading={busy === 'reply'} onClick={() => void run('reply', text)}>
            {rt('cm.send')}
          </Button>
        </Space.Compact>
      )}
      {!frozen && role && (
        <Space size={4} wrap>
          {role === 'filler' && open && (
            <Button size="small" type="primary" ghost loading={busy === 'fixed'} onClick={() => void run('fixed', text)}>
              {rt('cm.fixed')}
            </Button>
          )}
          {role === 'reviewer' && open && (
            <Button
              size="small"
              type="primary"
              loading={busy === 'resolve'}
              onClick={() => void run('resolve', text)}
              aria-label={`${rt('cm.resolve')} ${c.anchorLabel}`}
            >
              {rt('cm.resolve')}
            </Button>
          )}
          {role === 'reviewer' && !open && (
            <Button size="small" loading={busy === 'reopen'} onClick={() => void run('reopen', text)}>
              {rt('cm.reopen')}
            </Button>
          )}
        </Space>
      )}
    </div>
  );
}

function PinForm(props: {
  content: DiffableContent;
  indicators: IndicatorName[];
  picked: string | null;
  onPin: (anchor: string, text: string) => Promise<boolean>;
}) {
  const rt = useRt();
  // on a phone the form is finger-sized (40 px), like the other phone controls; small on a desk
  const phone = Grid.useBreakpoint().md === false;
  const anchors = useMemo(() => anchorsOf(props.content, props.indicators), [props.content, props.indicators]);
  const [anchor, setAnchor] = useState<string | undefined>();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (props.picked && anchors.some((a) => a.path === props.picked)) setAnchor(props.picked);
  }, [props.picked, anchors]);
  const groups = [...new Set(anchors.map((a) => a.group))];
  const chosen = anchors.find((a) => a.path === anchor);
  return (
    <Form
      layout="vertical"
      size={phone ? 'large' : 'small'}
      style={{ marginBottom: 8 }}
      aria-label={rt('cm.add')}
      onFinish={async () => {
        if (!anchor || !text.trim()) return;
        setBusy(true);
        if (await props.onPin(anchor, text.trim())) {
          setText('');
          setAnchor(undefined);
        }
        setBusy(false);
      }}
    >
      <Form.Item label={rt('cm.anchor')} style={{ marginBottom: 6 }}>
        <Select
          aria-label={rt('cm.anchor')}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={rt('cm.anchorPlaceholder')}
          value={anchor}
          onChange={(v: string) => setAnchor(v)}
          options={groups.map((g) => ({
            label: g,
            title: g,
            options: anchors.filter((a) => a.group === g).map((a) => ({ value: a.path, label: a.label, title: a.label })),
          }))}
          style={{ width: '100%' }}
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      {chosen?.value && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 6, overflowWrap: 'anywhere' }}>
          {chosen.value}
        </Typography.Paragraph>
      )}
      <Form.Item label={rt('cm.text')} style={{ marginBottom: 6 }}>
        <Input.TextArea
          aria-label={rt('cm.text')}
          placeholder={rt('cm.textPlaceholder')}
          autoSize={{ minRows: 2 }}
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={2000}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" disabled={!anchor || !text.trim()} loading={busy}>
        {rt('cm.pin')}
      </Button>
    </Form>
  );
}

export function CommentsPanel(props: {
  state: CommentsState;
  role: 'filler' | 'reviewer' | null;
  /** Approved or published: the thread is read only. */
  frozen: boolean;
  canPin: boolean;
  content: Content;
  indicators: IndicatorName[];
  picked?: string | null;
  onGo?: (t: Target) => void;
}) {
  const rt = useRt();
  const { message } = App.useApp();
  const { comments, error } = props.state;
  const wrap = async (f: () => Promise<void>, done?: string) => {
    try {
      await f();
      if (done) message.success(done);
      return true;
    } catch (e) {
      message.error(rt('cm.failed', { message: (e as Error).message }));
      props.state.reload();
      return false;
    }
  };
  // a reviewer who may not pin now is told why (the form appears only while 已提交 or 已退回)
  const whyNot = props.role === 'reviewer' && !props.canPin;
  if (!props.canPin && !whyNot && comments && comments.length === 0) return null;
  const open = (comments ?? []).filter((c) => c.status === 'open').length;
  return (
    <Card
      size="small"
      id="review-comments"
      title={rt('cm.title')}
      extra={
        comments && comments.length > 0 ? (
          <Typography.Text type={open ? 'warning' : 'success'} data-open-comments={open}>
            {rt('cm.count', { open, all: comments.length })}
          </Typography.Text>
        ) : null
      }
    >
      {error && <Typography.Text type="danger">{rt('cm.failed', { message: error })}</Typography.Text>}
      {whyNot && (
        <Typography.Paragraph type="secondary" data-testid="why-no-pin">
          {rt('cm.whyNoPin')}
        </Typography.Paragraph>
      )}
      {props.canPin && (
        <PinForm
          content={props.content}
          indicators={props.indicators}
          picked={props.picked ?? null}
          onPin={(a, t) => wrap(() => props.state.pin(a, t), rt('cm.pinned'))}
        />
      )}
      {comments && comments.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={rt('cm.none')} />}
      {(comments ?? []).map((c) => {
        const target = props.onGo ? anchorTarget(c.anchor, props.content) : null;
        return (
          <CommentItem
            key={c.id}
            c={c}
            role={props.role}
            frozen={props.frozen}
            onAct={(a, t) => wrap(() => props.state.act(c.id, a, t))}
            onGo={target && props.onGo ? () => props.onGo!(target) : undefined}
          />
        );
      })}
    </Card>
  );
}
