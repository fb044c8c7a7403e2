// A text input for exact decimals (amounts stay strings; no float rounding). Invalid text stays in
// the box, marked, and is not passed on until it is a number again.
import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useEditor } from '../pages/editor/context.js';
import { ReadOnlyText } from './ReadOnlyText.js';
import { useI18n } from '../i18n/index.js';
import { readWanYuan } from '../../../src/domain/typedAmount.js';

const DECIMAL = /^-?\d+(\.\d+)?$/;
/** As typed (１２．５, 1,234.56, 123,456元 → 万元); null when it is no amount. */
const read = (s: string): string | null | undefined => {
  const r = readWanYuan(s);
  return r.ok ? r.value : undefined;
};
const norm = (s: string) => (DECIMAL.test(s) ? s.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '') : s);
const same = (text: string, value: string | null | undefined) => norm(read(text) ?? text.trim()) === norm(value ?? '');

export function DecimalInput(props: {
  id: string;
  label: string;
  value: string | null | undefined;
  onChange: (v: string | null) => void;
  nullable?: boolean;
  width?: number | string;
  highlight?: boolean;
  invalidText: string;
}) {
  const { readOnly, markInvalid, draftOf } = useEditor();
  // an invalid text typed before its tab was closed comes back with the box
  const [draft] = useState(() => draftOf?.(props.id));
  const [text, setText] = useState(draft ?? props.value ?? '');
  const [bad, setBad] = useState(draft !== undefined);
  const [negative, setNegative] = useState(() => draft !== undefined && (read(draft) ?? '').startsWith('-'));
  const { t } = useI18n();
  const note = negative ? t('ed.negative') : props.invalidText;
  const badRef = useRef(bad);
  badRef.current = bad;
  const mounted = useRef(false);

  // Follow the value when it changes from outside (conflict resolution, transitions).
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    setText((old) => (same(old, props.value) ? old : (props.value ?? '')));
    setBad(false);
    markInvalid(props.id, false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.value]);
  // closed with its tab, an invalid text stays marked (the save status names it; it is not lost)
  useEffect(() => () => (badRef.current ? undefined : markInvalid(props.id, false)), [props.id, markInvalid]);

  const onChange = (s: string) => {
    setText(s);
    const c = read(s);
    // the server refuses a negative amount or count (contentRules): marked here, so the rest still saves
    const minus = typeof c === 'string' && c.startsWith('-');
    const ok = c !== undefined && (c !== null || props.nullable === true) && !minus;
    setNegative(minus);
    setBad(!ok);
    markInvalid(props.id, !ok, { label: props.label, text: s });
    if (ok) props.onChange(c);
  };
  // a figure typed in 元, with ¥ or 万元, or full width shows as the 万元 it was read as once the field
  // is left: the box's unit is 万元, so no other unit or sign stays in it
  const onBlur = () => {
    const r = readWanYuan(text);
    if (r.ok && r.value !== null && (r.unit !== '万元' || text.normalize('NFKC') !== text || /^\s*(¥|￥|RMB|CNY)|万元?\s*$/i.test(text))) setText(r.value);
  };

  if (readOnly) return <ReadOnlyText id={props.id} label={props.label} value={props.value ?? ''} align="right" />;
  const input = (
    <Input
      id={props.id}
      aria-label={props.label}
      aria-invalid={bad}
      aria-describedby={bad ? `${props.id}-invalid` : undefined}
      title={bad ? note : undefined}
      value={text}
      status={bad ? 'error' : props.highlight ? 'warning' : undefined}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onBlur}
      style={{ width: props.width ?? '100%', textAlign: 'right' }}
      inputMode="decimal"
    />
  );
  if (!bad) return input;
  // said in words under the box, not only in a tooltip a phone never shows
  return (
    <div>
      {input}
      <div id={`${props.id}-invalid`} data-invalid-note style={{ color: '#cf1322', fontSize: 12, textAlign: 'right' }}>
        {note}
      </div>
    </div>
  );
}
