// t() for the filler's year (new evaluation, indicator table, add/remove, submit, withdraw), in the app's language.
import { editorEn } from '../../i18n/editor.en.js';
import { editorZh, type EditorKey } from '../../i18n/editor.zh.js';
import { useDictionary } from '../../i18n/index.js';

export type ET = (key: EditorKey, vars?: Record<string, string | number>) => string;
export const useEt = (): ET => useDictionary(editorZh, editorEn);
