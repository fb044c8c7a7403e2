// Unsaved edits are not lost by leaving: closing or reloading the tab gets the browser's own
// dialog, and in-app links (the menu, the header) ask through mayLeave() first. Each screen with
// edits registers how to tell whether it has any; the registry lives as long as the page.
import { useEffect, useRef } from 'react';

const holders = new Set<() => boolean>();
const unsaved = () => [...holders].some((isDirty) => isDirty());

function useHolder(isDirty: () => boolean) {
  const check = useRef(isDirty);
  check.current = isDirty;
  useEffect(() => {
    const holder = () => check.current();
    const hold = (e: BeforeUnloadEvent) => {
      if (holder()) e.preventDefault();
    };
    holders.add(holder);
    window.addEventListener('beforeunload', hold);
    return () => {
      holders.delete(holder);
      window.removeEventListener('beforeunload', hold);
    };
  }, []);
}

/** While `dirty`, leaving the page asks first. */
export function useLeaveWarning(dirty: boolean) {
  useHolder(() => dirty);
}

/** The same for a screen that tracks its unsaved state in a ref (autosave). */
export function useLeaveWarningRef(dirty: { readonly current: boolean }) {
  useHolder(() => dirty.current);
}

/** For an in-app link: true when nothing is unsaved, or the user agrees to leave anyway. */
export function mayLeave(question: string): boolean {
  return !unsaved() || window.confirm(question);
}
