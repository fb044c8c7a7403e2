// The save status's companions: while some cells hold text that is not a valid value (the rest is
// saved) each such cell is named, with what was typed, with a way there; when the server refuses a
// save for another reason (a row given twice) its words are shown and the edits stay. They sit
// at the foot of the screen (phone and laptop), in view while typing lower down the page.
import { Button, Space, Typography } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { leavesOf } from '../../../../src/domain/frameworks/utils.js';
import { validateIndicatorValues } from '../../../../src/domain/indicators/validate.js';
import type { Framework } from '../../../../src/domain/types.js';
import { useI18n } from '../../i18n/index.js';
import type { Content } from './content.js';
import type { EditorCtx } from './context.js';
import { cellTab, type InvalidCell } from './invalidCells.js';
import { MAX_MERGES } from './saveRace.js';
import type { Target } from './tabs.js';

const indicatorFieldId = (code: string, field: string) => `indicator-${code}-${field}`;

/**
 * Marks each indicator target/actual the server would refuse (not a number on a quantitative leaf), on
 * every tab: the typed text lives in the content, so the mark must outlive the indicator tab.
 */
export function useIndicatorMarks(framework: Framework | null, content: Content, markInvalid: EditorCtx['markInvalid']) {
  const { t } = useI18n();
  const marked = useRef(new Set<string>());
  useEffect(() => {
    if (!framework) return;
    const names = new Map(leavesOf(framework).map((l) => [l.code, l.name]));
    const now = new Map<string, string>();
    for (const p of validateIndicatorValues(framework, content.indicators).problems) {
      const label = `${p.indicatorCode} ${names.get(p.indicatorCode) ?? ''} ${t(p.field === 'target' ? 'ind.target' : 'ind.actual')}`;
      now.set(indicatorFieldId(p.indicatorCode, p.field), label);
    }
    for (const id of marked.current) if (!now.has(id)) markInvalid(id, false);
    for (const [id, label] of now) if (!marked.current.has(id)) markInvalid(id, true, { label });
    marked.current = new Set(now.keys());
  }, [framework, content.indicators, markInvalid, t]);
}

export function InvalidNote(props: { cells: InvalidCell[]; content: Content; onGo: (t: Target) => void; phone?: boolean }) {
  const { t } = useI18n();
  if (!props.cells.length) return null;
  const typed = (c: InvalidCell) => {
    const m = /^indicator-(.+)-(target|actual)$/.exec(c.id);
    const v = m ? props.content.indicators.find((i) => i.indicatorCode === m[1])?.[m[2] as 'target' | 'actual'] : c.text;
    return v ?? '';
  };
  return (
    <Space orientation="vertical" size={2} role="alert" data-testid="invalid-cells" style={{ width: '100%' }}>
      <Typography.Text type="danger">{t('ed.invalid.head', { count: props.cells.length })}</Typography.Text>
      {props.cells.map((c) => (
        <Typography.Text key={c.id} type="danger" style={{ overflowWrap: 'anywhere' }}>
          {t('ed.invalid.cell', { label: c.label, text: typed(c) })} {/* on a phone a finger's target: 40 px at least (the small link was 24 px high) */}
          <Button
            type="link"
            size={props.phone ? 'large' : 'small'}
            style={props.phone ? { minHeight: 40, minWidth: 48, paddingInline: 8 } : { paddingInline: 0 }}
            onClick={() => props.onGo({ tab: cellTab(c.id, props.content), field: c.id })}
          >
            {t('ed.invalid.go')}
          </Button>
        </Typography.Text>
      ))}
    </Space>
  );
}

export function SaveRefused(props: { message: string }) {
  const { t } = useI18n();
  return (
    <Typography.Text type="danger" role="alert" data-testid="save-refused" style={{ display: 'block', overflowWrap: 'anywhere' }}>
      {t('ed.save.refused', { message: props.message })}
    </Typography.Text>
  );
}

/** Saves raced another editor's until the retries stopped: nothing lost, say so and offer to save again. */
export function SaveRaced(props: { onRetry: () => void; phone: boolean }) {
  const { t } = useI18n();
  return (
    <Space wrap size={4} data-testid="save-race">
      <Typography.Text type="danger" role="alert" style={{ overflowWrap: 'anywhere' }}>
        {t('ed.save.raceNote', { n: MAX_MERGES })}
      </Typography.Text>
      <Button size={props.phone ? 'large' : 'small'} type="primary" onClick={props.onRetry}>
        {t('ed.save.raceRetry')}
      </Button>
    </Space>
  );
}

/**
 * A bar fixed at the foot of the screen (the page keeps room for it), on a phone and at 1366 px alike:
 * under the header it was out of view while typing lower down, and a refused save looked like a saved one.
 */
export function SaveNotes(props: { phone: boolean; children: ReactNode }) {
  const dock = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = dock.current;
    if (!el) return;
    // the box being typed in stays above the bar (it appears under the finger otherwise)
    const uncover = () => {
      const focused = document.activeElement;
      if (!(focused instanceof HTMLElement) || el.contains(focused) || focused === document.body) return;
      // the page may scroll inside a container, not the window: let the browser find which
      if (focused.getBoundingClientRect().bottom > window.innerHeight - el.offsetHeight) focused.scrollIntoView({ block: 'center' });
    };
    const keepRoom = () => {
      document.body.style.paddingBottom = `${el.offsetHeight}px`;
      uncover();
    };
    const seen = new ResizeObserver(keepRoom);
    seen.observe(el);
    keepRoom();
    document.addEventListener('focusin', uncover);
    return () => {
      seen.disconnect();
      document.removeEventListener('focusin', uncover);
      document.body.style.paddingBottom = '';
    };
  }, []);
  return (
    <div
      ref={dock}
      data-testid="save-notes-dock"
      style={{
        position: 'fixed',
        left: 0,
        right: 0,
        bottom: 0,
        zIndex: 20,
        maxHeight: '35vh',
        overflowY: 'auto',
        background: '#fff',
        borderTop: '2px solid #ff4d4f',
        boxShadow: '0 -4px 12px rgba(0,0,0,0.12)',
        padding: props.phone ? '8px 12px' : '8px 24px',
      }}
    >
      {props.children}
    </div>
  );
}
