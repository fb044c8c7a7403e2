// What a root's headline card shows: nothing published yet, published units none of which reports the
// project (a card of dashes read as "zero people screened"), or the figures.
import type { PublicHeadline } from '../dashboard/types.js';

export type HeadlineState = 'nothingPublished' | 'noProject' | 'figures';

export function headlineState(root: PublicHeadline['roots'][number]): HeadlineState {
  if (root.publishedUnits === 0) return 'nothingPublished';
  const p = root.project;
  return p.target === null && p.actual === null ? 'noProject' : 'figures';
}
