// The autosave's state as a tag beside the title; a refusal itself is said in full in SaveNotes.
import { Tag } from 'antd';
import type { T } from '../../i18n/index.js';
import type { SaveState } from './useAutosave.js';

const SAVE_COLOR: Record<SaveState, string> = {
  saved: 'success',
  dirty: 'default',
  saving: 'processing',
  invalid: 'error',
  error: 'error',
  conflict: 'error',
  race: 'error',
  locked: 'warning',
};

export function SaveIndicator({ state, error, t }: { state: SaveState; error: string | null; t: T }) {
  // the refusal itself is said in full under the header (a tag does not wrap)
  const text = state === 'error' ? (error ? t('ed.save.errorShort') : t('ed.save.error', { message: '' })) : t(`ed.save.${state}`);
  return (
    <Tag color={SAVE_COLOR[state]} role="status" aria-live="polite" data-save-state={state}>
      {text}
    </Tag>
  );
}
