import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Layout } from './components/layout.tsx';
import { ErrorState, LoadingState } from '../ui/index.ts';
import { SessionProvider, useSession } from './lib/session.tsx';

const LoginPage = lazy(() => import('./pages/login-page.tsx'));
const QueuePage = lazy(() => import('./pages/queue-page.tsx'));
const ApprovalsPage = lazy(() => import('./pages/approvals-page.tsx'));
const FeedbackPage = lazy(() => import('./pages/feedback-page.tsx'));
const SettingsPage = lazy(() => import('./pages/settings-page.tsx'));
const ProceduresPage = lazy(() => import('./pages/procedures-page.tsx'));
const ProcedureEditPage = lazy(() => import('./pages/procedure-edit-page.tsx'));
const ImportPage = lazy(() => import('./pages/import-page.tsx'));
const HotlinesPage = lazy(() => import('./pages/hotlines-page.tsx'));
const ArticlesPage = lazy(() => import('./pages/articles-page.tsx'));
const ArticleEditPage = lazy(() => import('./pages/article-edit-page.tsx'));
const GuidesPage = lazy(() => import('./pages/guides-page.tsx'));
const GuideEditPage = lazy(() => import('./pages/guide-edit-page.tsx'));
const OfficersPage = lazy(() => import('./pages/officers-page.tsx'));
const Open311KeysPage = lazy(() => import('./pages/open311-keys-page.tsx'));
const PasswordPage = lazy(() => import('./pages/password-page.tsx'));
// Issue 8, the dashboard:
const ProgressPage = lazy(() => import('./pages/progress-page.tsx'));
const CityProgressPage = lazy(() => import('./pages/city-progress-page.tsx'));
const PlansPage = lazy(() => import('./pages/plans-page.tsx'));
const ActivitiesPage = lazy(() => import('./pages/activities-page.tsx'));
const FiguresPage = lazy(() => import('./pages/figures-page.tsx'));
const ReportsPage = lazy(() => import('./pages/reports-page.tsx'));
const InboxPage = lazy(() => import('./pages/inbox-page.tsx'));
// Issue 10, satisfaction:
const SatisfactionPage = lazy(() => import('./pages/satisfaction-page.tsx'));
const SatisfactionQrPage = lazy(() => import('./pages/satisfaction-qr-page.tsx'));
const QuestionSetsPage = lazy(() => import('./pages/question-sets-page.tsx'));
const QuestionSetPage = lazy(() => import('./pages/question-set-page.tsx'));
const NotFoundPage = lazy(() => import('./pages/not-found-page.tsx'));

function screen(Component: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<LoadingState />}>
      <Component />
    </Suspense>
  );
}

/** Screens behind the login: an officer who is not logged in (or whose session ended) goes to /login. */
function RequireOfficer() {
  const { me, error, retry } = useSession();
  const location = useLocation();
  if (me === undefined) return error ? <ErrorState error={error} onRetry={retry} /> : <LoadingState />;
  if (me === null) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <Layout />;
}

export function ConsoleApp() {
  return (
    <SessionProvider>
      <BrowserRouter basename="/console" future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
        <Routes>
          <Route path="/login" element={screen(LoginPage)} />
          <Route element={<RequireOfficer />}>
            <Route path="/" element={screen(QueuePage)} />
            <Route path="/approvals" element={screen(ApprovalsPage)} />
            <Route path="/feedback/:code" element={screen(FeedbackPage)} />
            <Route path="/settings" element={screen(SettingsPage)} />
            <Route path="/catalog" element={screen(ProceduresPage)} />
            <Route path="/catalog/procedures/:code" element={screen(ProcedureEditPage)} />
            <Route path="/catalog/import" element={screen(ImportPage)} />
            <Route path="/catalog/hotlines" element={screen(HotlinesPage)} />
            <Route path="/articles" element={screen(ArticlesPage)} />
            <Route path="/articles/:id" element={screen(ArticleEditPage)} />
            <Route path="/catalog/guides" element={screen(GuidesPage)} />
            <Route path="/catalog/guides/:slug" element={screen(GuideEditPage)} />
            <Route path="/officers" element={screen(OfficersPage)} />
            <Route path="/open311-keys" element={screen(Open311KeysPage)} />
            <Route path="/password" element={screen(PasswordPage)} />
            <Route path="/progress" element={screen(ProgressPage)} />
            <Route path="/progress/city" element={screen(CityProgressPage)} />
            <Route path="/plans" element={screen(PlansPage)} />
            <Route path="/activities" element={screen(ActivitiesPage)} />
            <Route path="/figures" element={screen(FiguresPage)} />
            <Route path="/reports" element={screen(ReportsPage)} />
            <Route path="/inbox" element={screen(InboxPage)} />
            <Route path="/satisfaction" element={screen(SatisfactionPage)} />
            <Route path="/satisfaction/qr" element={screen(SatisfactionQrPage)} />
            <Route path="/satisfaction/questions" element={screen(QuestionSetsPage)} />
            <Route path="/satisfaction/questions/:id" element={screen(QuestionSetPage)} />
            <Route path="*" element={screen(NotFoundPage)} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
