// Table pieces shared by the editor's tables (budget lines, 三公, key-project measures and funding).
import type { ReactNode } from 'react';

/** The remove-button column, absent when read-only; its header is for screen readers only. */
export function removeColumn<T>(readOnly: boolean, label: string, render: (row: T) => ReactNode, width = 48) {
  return readOnly ? [] : [{ title: <span className="sr-only">{label}</span>, key: 'remove', width, render: (_: unknown, row: T) => render(row) }];
}

/** A computed figure (a rate) on a phone line, aligned like the inputs beside it. */
export const FigureText = ({ children }: { children: ReactNode }) => <div style={{ padding: '4px 0', textAlign: 'right' }}>{children}</div>;
