// The phone layout of a 绩效目标's indicators: the 640 px table scrolled sideways at 390 px (the
// 指标值 column off screen), so each indicator is a card of its own, the inputs stacked under their
// labels at full width. The same renderers (same aria-labels, same state) as the desktop table.
import { Typography } from 'antd';
import type { ReactNode } from 'react';
import type { TargetDetail } from './api.js';
import type { PT } from './i18n.js';

type Row = TargetDetail['indicators'][number];

/** A department-wide target is named in the UI's language (its stored name is the server's 部门整体). */
export const scopeLabel = (pt: PT, t: { scope: string; scopeName: string }) =>
  t.scope === 'department' && (t.scopeName === '部门整体' || t.scopeName === 'Whole department') ? pt('tg.scopeDepartment') : t.scopeName;

export function TargetCards({ pt, rows, value, progress }: { pt: PT; rows: Row[]; value: (r: Row) => ReactNode; progress: (r: Row) => ReactNode }) {
  return (
    <div data-testid="target-cards">
      {rows.map((r) =>
        r.level < 3 && r.operator === null ? (
          <Typography.Text key={r.code} strong style={{ display: 'block', marginTop: 12, overflowWrap: 'anywhere' }}>
            {`${r.code} ${r.name}`}
          </Typography.Text>
        ) : (
          <div key={r.code} data-indicator={r.code} style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '8px 12px', marginTop: 8 }}>
            <Typography.Text style={{ display: 'block', overflowWrap: 'anywhere' }}>{`${r.code} ${r.name}`}</Typography.Text>
            {value(r) && (
              <>
                <Typography.Text type="secondary" style={{ display: 'block', margin: '6px 0 4px' }}>
                  {pt('tg.value')}
                </Typography.Text>
                {value(r)}
              </>
            )}
            {progress(r) && (
              <>
                <Typography.Text type="secondary" style={{ display: 'block', margin: '8px 0 4px' }}>
                  {pt('tg.progress')}
                </Typography.Text>
                {progress(r)}
              </>
            )}
          </div>
        ),
      )}
    </div>
  );
}
