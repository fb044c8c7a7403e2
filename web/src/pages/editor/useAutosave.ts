// Autosave: edits are kept locally and PUT (debounced) with the version they were based on.
// 409 → three-way merge (the version I started from, mine, theirs): fields changed on one side only
// merge and the save goes again; fields both changed to different values wait for the conflict
// dialog, where the user picks per field. Local edits stay until then. Racing another editor's saves
// MAX_MERGES times in a row stops the retries ('race'): the edits stay, the next edit or 重新保存 tries again.
// A cell with invalid text does not hold back the rest: the rest is saved, the cell keeps its text
// and is named in the save status ('invalid' = saved except those cells). Any other refusal ('error')
// keeps every edit on the page and is said in the server's words until a save goes through.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, saveEvaluation, type Evaluation } from '../../api.js';
import { mergeContent, type Side } from '../../../../src/domain/merge.js';
import { conflictRows, contentOf, editableContentOf, type Content } from './content.js';
import { useLeaveWarningRef } from '../../lib/useLeaveWarning.js';
import { savableContent, type InvalidCell } from './invalidCells.js';
import { afterStale } from './saveRace.js';

/** A save refused because theirs came first, with fields both of us changed differently. */
export interface Conflict {
  base: Content; // the version my edits started from
  theirs: Evaluation;
}

/** Fields of theirs merged into my edits without asking (shown as a note). */
export interface AutoMerge {
  version: number;
  fields: number;
}

export type SaveState = 'saved' | 'dirty' | 'saving' | 'invalid' | 'error' | 'conflict' | 'locked' | 'race';

const DELAY_MS = 800;

export function useAutosave(initial: Evaluation, onSaved: (e: Evaluation) => void) {
  const [server, setServer] = useState(initial);
  const [content, setContentState] = useState<Content>(() => editableContentOf(initial));
  const [state, setState] = useState<SaveState>('saved');
  const [error, setErrorState] = useState<string | null>(null);
  const errorRef = useRef<string | null>(null); // read by a transition right after a failed flush
  const setError = (m: string | null) => {
    errorRef.current = m;
    setErrorState(m);
  };
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [autoMerged, setAutoMerged] = useState<AutoMerge | null>(null);
  const merges = useRef(0);
  const raced = useRef(false); // the last save stopped racing another editor (read by a transition)
  const contentRef = useRef(content);
  const versionRef = useRef(initial.version);
  const dirty = useRef(false);
  const inflight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const invalid = useRef(new Map<string, InvalidCell>());
  const [invalidCells, setInvalidCells] = useState<InvalidCell[]>([]);
  const serverRef = useRef(initial);
  // The content my edits are based on, as I sent it (the server's answer may have normalised a
  // value I typed or recomputed a derived one: that is not their change, nor mine).
  const baseRef = useRef<Content>(contentOf(initial));
  const blocked = useRef(false); // conflict or locked: wait for the user

  const setContent = (c: Content) => {
    contentRef.current = c;
    setContentState(c);
  };

  /** Their version adopted as the one my next save is based on. */
  const adopt = (e: Evaluation) => {
    baseRef.current = contentOf(e);
    versionRef.current = e.version;
    serverRef.current = e;
    setServer(e);
  };

  const save = useCallback(async (): Promise<boolean> => {
    if (inflight.current) await inflight.current;
    if (!dirty.current) return invalid.current.size === 0;
    if (blocked.current) return false;
    const sent = savableContent(contentRef.current, contentOf(serverRef.current), invalid.current.keys());
    dirty.current = false;
    setState('saving');
    let again = false;
    const run = (async () => {
      try {
        const e = await saveEvaluation(initial.id, { version: versionRef.current, content: sent });
        baseRef.current = sent;
        versionRef.current = e.version;
        serverRef.current = e;
        setServer(e);
        setError(null);
        setState(dirty.current ? 'dirty' : invalid.current.size ? 'invalid' : 'saved');
        merges.current = 0;
        raced.current = false;
        onSaved(e);
        return true;
      } catch (err) {
        dirty.current = true;
        if (err instanceof ApiError && err.status === 409 && err.body.current) {
          const theirs = err.body.current as Evaluation;
          const base = baseRef.current;
          const { merged, conflicts } = mergeContent(base, contentRef.current, contentOf(theirs));
          const next = afterStale(conflicts.length, merges.current);
          if (next !== 'ask') {
            const fields = countTaken(contentRef.current, merged);
            adopt(theirs);
            setContent(merged);
            if (fields) setAutoMerged({ version: theirs.version, fields });
            if (next === 'merge') {
              merges.current++;
              again = true; // saved again at once, on their version
            } else {
              // nothing to choose, and retrying at once lost the race every time: stop, keep the edits
              merges.current = 0;
              raced.current = true;
              setState('race');
            }
          } else {
            blocked.current = true;
            setConflict({ base, theirs });
            setState('conflict');
          }
        } else if (err instanceof ApiError && err.status === 423) {
          blocked.current = true;
          setState('locked');
        } else {
          setError((err as Error).message);
          setState('error');
        }
        return false;
      } finally {
        inflight.current = null;
      }
    })();
    inflight.current = run;
    const ok = await run;
    if (again) return save();
    if (ok && dirty.current) schedule();
    // saved, but not everything: a transition waits until the invalid cells are corrected
    return ok && invalid.current.size === 0;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initial.id]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), DELAY_MS);
  }, [save]);

  const update = useCallback(
    (fn: (c: Content) => Content) => {
      setContent(fn(contentRef.current));
      dirty.current = true;
      if (!blocked.current) setState('dirty');
      schedule();
    },
    [schedule],
  );

  const markInvalid = useCallback(
    (field: string, bad: boolean, cell?: Omit<InvalidCell, 'id'>) => {
      const had = invalid.current.has(field);
      if (bad) invalid.current.set(field, { id: field, label: cell?.label ?? invalid.current.get(field)?.label ?? field, text: cell?.text });
      else invalid.current.delete(field);
      if (!bad && !had) return;
      setInvalidCells([...invalid.current.values()]);
      setState((s) =>
        s === 'conflict' || s === 'locked' || s === 'saving' || s === 'error' ? s : dirty.current ? 'dirty' : invalid.current.size ? 'invalid' : 'saved',
      );
      if (dirty.current) schedule();
    },
    [schedule],
  );

  /** Saves now (before a transition); false when the save did not go through. */
  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    return save();
  }, [save]);

  /** The server moved on (a transition): adopt its state. */
  const replace = useCallback((e: Evaluation) => {
    adopt(e);
    if (!dirty.current) setContent(editableContentOf(e));
    blocked.current = false;
    setState(dirty.current ? 'dirty' : 'saved');
  }, []);

  /** The conflict settled field by field (mine where not chosen); everything else merged; saved. */
  const resolve = useCallback(
    (choices: Record<string, Side>) => {
      if (!conflict) return;
      const { merged } = mergeContent(conflict.base, contentRef.current, contentOf(conflict.theirs), (p) => choices[p] ?? 'mine');
      adopt(conflict.theirs);
      setContent(merged);
      setConflict(null);
      blocked.current = false;
      merges.current = 0;
      dirty.current = true;
      void save();
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [conflict, save],
  );

  /** The last save stopped after racing another editor's saves (nothing was lost; saving again may go through). */
  const racedLast = useCallback(() => raced.current, []);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  // Leaving with unsaved edits (not yet saved, or text that is not a valid value) asks first.
  const [unsaved] = useState(() => ({
    get current() {
      return dirty.current || invalid.current.size > 0;
    },
  }));
  useLeaveWarningRef(unsaved);

  /** Why the last save was refused (null when it went through). */
  const lastError = useCallback(() => errorRef.current, []);

  /** The typed text of an invalid cell whose box was closed with its tab (to show it again). */
  const draftOf = useCallback((field: string) => invalid.current.get(field)?.text, []);

  return {
    server,
    content,
    state,
    error,
    lastError,
    racedLast,
    conflict,
    invalidCells,
    update,
    markInvalid,
    draftOf,
    flush,
    replace,
    resolve,
    autoMerged,
    dismissMerged: () => setAutoMerged(null),
  };
}

/** How many labelled fields the merge took from theirs (what my screen did not show before). */
function countTaken(mine: Content, merged: Content): number {
  return conflictRows(mine, merged).length;
}
