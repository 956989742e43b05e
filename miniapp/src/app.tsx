import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { App as ZaloApp, AnimationRoutes, Page, Route } from 'zmp-ui';
import { AppRouter } from './app-router.tsx';
import { LoadingState, StatesConfigContext } from './ui/index.ts';
import { MINIAPP_STATES } from './components/error-actions.tsx';
import { CurrentUnitProvider } from './features/units/components/current-unit-provider.tsx';
import { RequireUnit } from './features/units/components/require-unit.tsx';

const HomePage = lazy(() => import('./pages/home-page.tsx'));
const UnitsPage = lazy(() => import('./pages/units-page.tsx'));
const ProceduresPage = lazy(() => import('./pages/procedures-page.tsx'));
const ProcedurePage = lazy(() => import('./pages/procedure-page.tsx'));
const HotlinesPage = lazy(() => import('./pages/hotlines-page.tsx'));
const GuidesPage = lazy(() => import('./pages/guides-page.tsx'));
const GuidePage = lazy(() => import('./pages/guide-page.tsx'));
const OfficePage = lazy(() => import('./pages/office-page.tsx'));
const FeedbackNewPage = lazy(() => import('./pages/feedback-new-page.tsx'));
const FeedbackSentPage = lazy(() => import('./pages/feedback-sent-page.tsx'));
const MyFeedbackPage = lazy(() => import('./pages/my-feedback-page.tsx'));
const FeedbackLookupPage = lazy(() => import('./pages/feedback-lookup-page.tsx'));
const FeedbackDetailPage = lazy(() => import('./pages/feedback-detail-page.tsx'));
const PublishedFeedbackPage = lazy(() => import('./pages/published-feedback-page.tsx'));
const ArticlesPage = lazy(() => import('./pages/articles-page.tsx'));
const ArticlePage = lazy(() => import('./pages/article-page.tsx'));
const ChatPage = lazy(() => import('./pages/chat-page.tsx'));
const SurveyPage = lazy(() => import('./pages/survey-page.tsx'));
const SatisfactionPage = lazy(() => import('./pages/satisfaction-page.tsx'));
const NotFoundPage = lazy(() => import('./pages/not-found-page.tsx'));

function PageLoading() {
  return (
    <Page className="app-page">
      <main className="app-content">
        <LoadingState />
      </main>
    </Page>
  );
}

/** A lazily loaded screen; `needsUnit` screens first make sure a commune/ward is chosen. */
function screen(Component: LazyExoticComponent<ComponentType>, needsUnit = true) {
  const content = (
    <Suspense fallback={<PageLoading />}>
      <Component />
    </Suspense>
  );
  return needsUnit ? <RequireUnit fallback={<PageLoading />}>{content}</RequireUnit> : content;
}

export function App() {
  return (
    <StatesConfigContext.Provider value={MINIAPP_STATES}>
    <ZaloApp>
      <CurrentUnitProvider>
        <AppRouter>
          <AnimationRoutes>
            <Route path="/" element={screen(HomePage)} />
            <Route path="/units" element={screen(UnitsPage, false)} />
            <Route path="/procedures" element={screen(ProceduresPage)} />
            <Route path="/procedures/:code" element={screen(ProcedurePage)} />
            <Route path="/hotlines" element={screen(HotlinesPage)} />
            <Route path="/guides" element={screen(GuidesPage)} />
            <Route path="/guides/:slug" element={screen(GuidePage)} />
            <Route path="/office" element={screen(OfficePage)} />
            <Route path="/feedback/new" element={screen(FeedbackNewPage)} />
            <Route path="/feedback/new/:step" element={screen(FeedbackNewPage)} />
            <Route path="/feedback/sent" element={screen(FeedbackSentPage, false)} />
            <Route path="/feedback/mine" element={screen(MyFeedbackPage, false)} />
            <Route path="/feedback/lookup" element={screen(FeedbackLookupPage, false)} />
            <Route path="/feedback/published" element={screen(PublishedFeedbackPage)} />
            <Route path="/feedback/:code" element={screen(FeedbackDetailPage, false)} />
            <Route path="/articles" element={screen(ArticlesPage)} />
            <Route path="/articles/:id" element={screen(ArticlePage)} />
            <Route path="/chat" element={screen(ChatPage)} />
            {/* The survey opens from a QR code at the desk, naming its unit: no commune picked first. */}
            <Route path="/survey" element={screen(SurveyPage, false)} />
            <Route path="/satisfaction" element={screen(SatisfactionPage)} />
            <Route path="*" element={screen(NotFoundPage, false)} />
          </AnimationRoutes>
        </AppRouter>
      </CurrentUnitProvider>
    </ZaloApp>
    </StatesConfigContext.Provider>
  );
}
