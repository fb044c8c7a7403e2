// The return reason where it is needed: a banner on the filler's editor while returned, and on the
// review page after the return; and when the content was last saved (the version stays internal).
import { Alert, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Transition } from '../../api.js';
import { returnKey } from './returnWords.js';
import { useRt } from './useRt.js';
import { fmtTime } from '../../lib/time.js';

export const beijingTime = (iso: string) => fmtTime(iso);
const who = (u: Transition['user']) => u ?? '';

/** The newest return (退回 or 重新打开) with its reason. */
export const lastReturn = (transitions: Transition[] | null) => [...(transitions ?? [])].reverse().find((t) => t.toStatus === 'returned' && t.reason) ?? null;

export function ReturnBanner({ transitions, openComments }: { transitions: Transition[] | null; openComments: number }) {
  const rt = useRt();
  const r = lastReturn(transitions);
  if (!r) return null;
  return (
    <Alert
      data-testid="return-banner"
      style={{ marginTop: 8 }}
      type="warning"
      showIcon
      title={
        <span style={{ overflowWrap: 'anywhere' }}>{rt(returnKey('banner', r.user), { who: who(r.user), at: beijingTime(r.at), reason: r.reason ?? '' })}</span>
      }
      description={
        <>
          {rt('ret.bannerHint')}
          {openComments > 0 && (
            <>
              {' '}
              <a href="#review-comments">{rt('cm.count', { open: openComments, all: openComments }).split(' / ')[0]}</a>
            </>
          )}
        </>
      }
    />
  );
}

/** On the review page: the reason of the return in force, or of the last one before a resubmission. */
export function LastReturn({ transitions, returned }: { transitions: Transition[] | null; returned: boolean }) {
  const rt = useRt();
  const r = lastReturn(transitions);
  if (!r) return null;
  return returned ? (
    <Alert
      data-testid="return-reason"
      type="warning"
      showIcon
      title={rt('ret.title')}
      description={
        <span style={{ overflowWrap: 'anywhere' }}>{rt(returnKey('banner', r.user), { who: who(r.user), at: beijingTime(r.at), reason: r.reason ?? '' })}</span>
      }
    />
  ) : (
    <Typography.Text type="secondary" data-testid="return-reason" style={{ overflowWrap: 'anywhere' }}>
      {rt(returnKey('last', r.user), { at: beijingTime(r.at), who: who(r.user), reason: r.reason ?? '' })}
    </Typography.Text>
  );
}

/** "已保存 14:32": the time of the last save in this session (each autosave bumps the internal version). */
export function SavedAt({ version }: { version: number }) {
  const rt = useRt();
  const first = useRef(version);
  const [at, setAt] = useState<string | null>(null);
  useEffect(() => {
    if (version !== first.current) setAt(new Date().toISOString());
  }, [version]);
  return at ? (
    <Typography.Text type="secondary" data-saved-at={at}>
      {rt('savedAt', { at: beijingTime(at) })}
    </Typography.Text>
  ) : null;
}
