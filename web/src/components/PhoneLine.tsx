// One line of a table, on a phone: its name (and remove button) above its labelled fields, laid
// out two by two (each at least 130 px wide) instead of a table that scrolls sideways.
import { Typography } from 'antd';
import type { ReactNode } from 'react';

export function PhoneLine({
  name,
  remove,
  cells,
  testId,
}: {
  name: ReactNode;
  remove?: ReactNode;
  cells: { label: string; node: ReactNode; wide?: boolean }[];
  testId: string;
}) {
  return (
    <section data-phone-line={testId} style={{ padding: '8px 0', borderTop: '1px solid #f0f0f0' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, marginBottom: 6 }}>
        <div style={{ flex: 1, minWidth: 0, fontWeight: 600 }}>{name}</div>
        {remove}
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: '6px 10px' }}>
        {cells.map((c) => (
          <div key={c.label} style={{ minWidth: 0, gridColumn: c.wide ? '1 / -1' : undefined }}>
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {c.label}
            </Typography.Text>
            {c.node}
          </div>
        ))}
      </div>
    </section>
  );
}
