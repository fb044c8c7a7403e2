// Loads data for a screen: { data, error, loading, reload }. Stale responses are dropped.
import { useCallback, useEffect, useRef, useState } from 'react';

export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(true);
  const seq = useRef(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);
  const reload = useCallback(() => {
    const n = ++seq.current;
    setLoading(true);
    return run()
      .then(
        (d) => {
          if (n === seq.current) {
            setData(d);
            setError(null);
          }
        },
        (e: Error) => {
          if (n === seq.current) setError(e);
        },
      )
      .finally(() => {
        if (n === seq.current) setLoading(false);
      });
  }, [run]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, loading, reload, setData };
}
