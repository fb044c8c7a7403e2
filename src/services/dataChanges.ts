// Tells this process's caches that data changed: NOTIFYs on `jixiao_data` from any process
// (migrations 0016, 0018: only on a real change; 'v' roll-up versions, 'u' units, 't' the tree), 'w' at once after a statement
// of this process that may have written, '*' when notices may have been missed. Caches are used
// only while `live` (the listener connected).

export type DataChange = 'v' | 'u' | 't' | 'w' | '*';

export function dataChanges() {
  const subscribers = new Set<(change: DataChange) => void>();
  let live = false;
  return {
    /** Caches may be trusted: every change will be heard. */
    get live() {
      return live;
    },
    setLive(value: boolean) {
      live = value;
      emit('*');
    },
    subscribe(fn: (change: DataChange) => void) {
      subscribers.add(fn);
      return () => void subscribers.delete(fn);
    },
    emit,
  };
  function emit(payload: string) {
    const change: DataChange = payload === 'v' || payload === 'u' || payload === 't' || payload === 'w' ? payload : '*';
    for (const fn of subscribers) fn(change);
  }
}
export type DataChanges = ReturnType<typeof dataChanges>;

/**
 * A map filled by queries and emptied by changes. A query that started before a change may
 * return what the change replaced, so its answer is kept only if no change came meanwhile.
 */
export function liveMap<V>(changes: DataChanges | null, dropOn: DataChange[], max = 10_000) {
  const entries = new Map<string, V>();
  let generation = 0;
  changes?.subscribe((c) => {
    if (c === '*' || dropOn.includes(c)) {
      generation++;
      entries.clear();
    }
  });
  return {
    async get(key: string, load: () => Promise<V>): Promise<V> {
      if (!changes?.live) return load();
      if (entries.has(key)) return entries.get(key)!;
      const at = generation;
      const value = await load();
      if (at === generation && changes.live) {
        if (entries.size >= max) entries.delete(entries.keys().next().value!);
        entries.set(key, value);
      }
      return value;
    },
    clear() {
      generation++;
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
