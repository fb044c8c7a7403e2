// What every editor tab needs: the content, how to change it, and whether it may be changed.
import { createContext, useContext } from 'react';
import type { Content } from './content.js';

export interface EditorCtx {
  content: Content;
  update: (fn: (c: Content) => Content) => void;
  /** A field's text is (not) a valid value; `cell` names it for the save status and keeps the text. */
  markInvalid: (field: string, bad: boolean, cell?: { label: string; text?: string }) => void;
  /** The text of an invalid field whose box was closed with its tab. */
  draftOf?: (field: string) => string | undefined;
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
