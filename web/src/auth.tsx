// The session: who is logged in (GET /api/session on start: 200 with user null when signed out, so
// the login page logs no 401), login and logout.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError, getMe, getSession, login as postLogin, logout as postLogout, setCsrfToken, type User } from './api.js';

interface Session {
  user: User | null;
  ready: boolean;
  login: (username: string, password: string) => Promise<User>;
  logout: () => Promise<void>;
  /** Reads the session again (after a change the server made to the user, e.g. a new password). */
  refresh: () => Promise<void>;
  /** Asks the server who is logged in, once (pages that need a user call it; the login page does not). */
  ensure: () => void;
}
const Ctx = createContext<Session | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [ready, setReady] = useState(false);
  const asked = useRef(false);

  const ensure = useCallback(() => {
    if (asked.current) return;
    asked.current = true;
    getSession()
      .then((r) => {
        setCsrfToken(r.csrfToken);
        setUser(r.user);
      })
      .catch((e) => {
        if (!(e instanceof ApiError && e.status === 401)) console.error(e);
      })
      .finally(() => setReady(true));
  }, []);
  useEffect(() => ensure(), [ensure]);

  const login = useCallback(async (username: string, password: string) => {
    const r = await postLogin({ username, password });
    setCsrfToken(r.csrfToken);
    setUser(r.user);
    asked.current = true;
    setReady(true);
    return r.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await postLogout();
    } finally {
      setCsrfToken(null);
      setUser(null);
    }
  }, []);

  const refresh = useCallback(async () => {
    const r = await getMe();
    setCsrfToken(r.csrfToken);
    setUser(r.user);
  }, []);

  const value = useMemo(() => ({ user, ready, login, logout, refresh, ensure }), [user, ready, login, logout, refresh, ensure]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useAuth(): Session {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}
