// A save refused as stale (409) with their version: what happens next. Fields both sides changed
// differently go to the user; otherwise theirs is merged in and the save goes again, but not forever:
// another editor saving as fast as we do would keep us looping, and the conflict dialog would open
// with nothing to choose. After MAX_MERGES merges in a row the loop stops and says so.
export const MAX_MERGES = 5;

export type AfterStale = 'merge' | 'ask' | 'stop';

export function afterStale(conflicts: number, mergesInARow: number): AfterStale {
  if (conflicts > 0) return 'ask';
  return mergesInARow < MAX_MERGES ? 'merge' : 'stop';
}
