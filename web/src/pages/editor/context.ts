// What every editor tab needs: the content, how to change it, and whether it may be changed.
import { createContext, useContext } from 'react';
import type { Content } from './content.js';

export interface EditorCtx {
  content: Content;
  update: (fn: (c: Content) => Content) => void;
  markInvalid: (field: string, bad: boolean) => void;
  readOnly: boolean;
  /** Field id to highlight (set by the findings panel). */
  focus: string | null;
}

export const EditorContext = createContext<EditorCtx | null>(null);

export function useEditor(): EditorCtx {
  const v = useContext(EditorContext);
  if (!v) throw new Error('useEditor outside EditorContext');
  return v;
}
