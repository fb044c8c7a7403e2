// A text input for exact decimals (amounts stay strings; no float rounding). Invalid text stays in
// the box, marked, and is not passed on until it is a number again.
import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { useEditor } from '../pages/editor/context.js';
import { ReadOnlyText } from './ReadOnlyText.js';

const DECIMAL = /^-?\d+(\.\d+)?$/;
const clean = (s: string) => s.trim().replace(/[,，]/g, '');
const norm = (s: string) => (DECIMAL.test(s) ? s.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '') : s);
const same = (text: string, value: string | null | undefined) => norm(clean(text)) === norm(value ?? '');

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
  const { readOnly, markInvalid } = useEditor();
  const [text, setText] = useState(props.value ?? '');
  const [bad, setBad] = useState(false);

  // Follow the value when it changes from outside (conflict resolution, transitions).
  useEffect(() => {
    setText((old) => (same(old, props.value) ? old : (props.value ?? '')));
    setBad(false);
    markInvalid(props.id, false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.value]);
  useEffect(() => () => markInvalid(props.id, false), [props.id, markInvalid]);

  const onChange = (s: string) => {
    setText(s);
    const c = clean(s);
    const ok = DECIMAL.test(c) || (props.nullable === true && c === '');
    setBad(!ok);
    markInvalid(props.id, !ok);
    if (ok) props.onChange(c === '' ? null : c);
  };

  if (readOnly) return <ReadOnlyText id={props.id} label={props.label} value={props.value ?? ''} align="right" />;
  return (
    <Input
      id={props.id}
      aria-label={props.label}
      aria-invalid={bad}
      title={bad ? props.invalidText : undefined}
      value={text}
      status={bad ? 'error' : props.highlight ? 'warning' : undefined}
      onChange={(e) => onChange(e.target.value)}
      style={{ width: props.width ?? '100%', textAlign: 'right' }}
      inputMode="decimal"
    />
  );
}
