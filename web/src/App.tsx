// Routes. Every screen but login is a lazily loaded chunk.
import { Result, Spin } from 'antd';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useAuth } from './auth.js';
import { PageBoundary } from './components/PageBoundary.js';
import { useI18n } from './i18n/index.js';
import { AppLayout } from './Layout.js';
import { LoginPage } from './pages/Login.js';

const Workbench = lazy(() => import('./pages/Workbench.js'));
const Units = lazy(() => import('./pages/Units.js'));
const Editor = lazy(() => import('./pages/editor/EditorPage.js'));
const Review = lazy(() => import('./pages/Review.js'));
const Dashboard = lazy(() => import('./pages/dashboard/DashboardPage.js'));
const Portal = lazy(() => import('./pages/portal/PortalPage.js'));
const Import = lazy(() => import('./pages/Import.js'));
const Audit = lazy(() => import('./pages/audit/AuditPage.js'));
const Account = lazy(() => import('./pages/account/AccountPage.js'));
const Frameworks = lazy(() => import('./pages/frameworks/FrameworksPage.js'));
const FrameworkEditor = lazy(() => import('./pages/frameworks/FrameworkEditor.js'));
const Admin = lazy(() => import('./pages/admin/AdminPage.js'));
const Targets = lazy(() => import('./pages/plan/TargetsPage.js'));
const Monitoring = lazy(() => import('./pages/plan/MonitoringPage.js'));

const loading = <Spin style={{ display: 'block', margin: 48 }} />;

function RequireLogin({ children }: { children: ReactNode }) {
  const { user, ready, ensure } = useAuth();
  const location = useLocation();
  useEffect(() => {
    if (!ready) ensure();
  }, [ready, ensure]);
  if (!ready) return loading;
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  // an admin chose this password: the server answers nothing else until it is changed
  if (user.mustChangePassword && location.pathname !== '/account') return <Navigate to="/account" replace />;
  return (
    <AppLayout>
      <PageBoundary key={location.pathname}>{children}</PageBoundary>
    </AppLayout>
  );
}

function NotFound() {
  const { t } = useI18n();
  return <Result status="404" title="404" subTitle={t('notFound')} />;
}

export function AppRoutes() {
  const guard = (el: ReactNode) => (
    <RequireLogin>
      <Suspense fallback={loading}>{el}</Suspense>
    </RequireLogin>
  );
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        path="/public"
        element={
          <PageBoundary>
            <Suspense fallback={loading}>
              <Portal />
            </Suspense>
          </PageBoundary>
        }
      />
      <Route path="/" element={guard(<Workbench />)} />
      <Route path="/units" element={guard(<Units />)} />
      <Route path="/evaluations/:id" element={guard(<Editor />)} />
      <Route path="/evaluations/:id/review" element={guard(<Review />)} />
      <Route path="/dashboard/:unitId?" element={guard(<Dashboard />)} />
      <Route path="/import" element={guard(<Import />)} />
      <Route path="/audit" element={guard(<Audit />)} />
      <Route path="/frameworks" element={guard(<Frameworks />)} />
      <Route path="/frameworks/:id" element={guard(<FrameworkEditor />)} />
      <Route path="/admin" element={guard(<Admin />)} />
      <Route path="/targets" element={guard(<Targets />)} />
      <Route path="/monitoring" element={guard(<Monitoring />)} />
      <Route path="/account" element={guard(<Account />)} />
      <Route path="*" element={guard(<NotFound />)} />
    </Routes>
  );
}
