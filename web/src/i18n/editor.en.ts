// English texts of the filler's year.
import type { EditorKey } from './editor.zh.js';

export const editorEn: Record<EditorKey, string> = {
  'budget.rounding': 'Rounding gap {expected} (acceptable)',
  'budget.add': 'Add budget type',
  'budget.remove': 'Remove',
  'budget.removeConfirm': 'Remove “{type}” and all its figures?',
  'budget.none': 'No budget execution entered yet: add a budget type.',
  'sec.remove': 'Delete paragraph',
  'sec.removeLabel': 'Delete {title} paragraph {n}',
  'sec.removeConfirm': 'Delete this paragraph?',
  'sec.removeLinks': 'Its {n} linked figures go with it.',
};
