// A field shown to someone who may not change it (a reviewer, a submitted report): the value as
// plain text, not a greyed-out input. It keeps the field's id (定位 scrolls to it) and its name, and
// says it is read-only to screen readers.
import type { CSSProperties, ReactNode } from 'react';

export function ReadOnlyText({
  id,
  label,
  value,
  align,
  multiline,
  empty = '—',
  style,
}: {
  id?: string | undefined;
  label: string;
  value: ReactNode;
  align?: 'left' | 'right';
  multiline?: boolean;
  empty?: string;
  style?: CSSProperties;
}) {
  const blank = value === null || value === undefined || value === '';
  return (
    <div
      id={id}
      role="textbox"
      aria-readonly="true"
      aria-label={label}
      tabIndex={-1}
      data-readonly="true"
      style={{
        minHeight: 22,
        padding: '4px 0',
        lineHeight: 1.6,
        textAlign: align ?? 'left',
        whiteSpace: multiline ? 'pre-wrap' : 'normal',
        overflowWrap: 'anywhere',
        fontVariantNumeric: align === 'right' ? 'tabular-nums' : undefined,
        color: blank ? 'rgba(0, 0, 0, 0.45)' : 'rgba(0, 0, 0, 0.88)',
        ...style,
      }}
    >
      {blank ? empty : value}
    </div>
  );
}
