import { useEffect, type ReactNode } from 'react';
import { Header, Page, useNavigate } from 'zmp-ui';
import { ChevronLeftIcon } from './icons.tsx';

/** Goes back inside the app when there is somewhere to go back to, otherwise to `fallback`. */
export function useGoBack(fallback: string): () => void {
  const navigate = useNavigate();
  return () => {
    const index = (window.history.state as { idx?: number } | null)?.idx ?? 0;
    if (index > 0) navigate(-1);
    else navigate(fallback, { replace: true, direction: 'backward' });
  };
}

/** Longer titles ("Phản ánh, kiến nghị của tôi") take two smaller lines instead of ending in "…" at 360 px. */
const LONG_TITLE = 22;

type AppPageProps = {
  title: string;
  /** Where the back button leads when the page was opened directly; no back button when omitted. */
  backTo?: string;
  children: ReactNode;
  className?: string;
  /** Come back to the same scroll position after Back (long lists). */
  restoreScroll?: boolean;
};

/** A screen: zmp-ui Page with a fixed Header (large back button) and a padded content column. */
export function AppPage({ title, backTo, children, className, restoreScroll = false }: AppPageProps) {
  const goBack = useGoBack(backTo ?? '/');
  useEffect(() => {
    document.title = title.startsWith('Cổng CCHC') ? title : `${title} · Cổng CCHC`;
  }, [title]);
  return (
    <Page className={className ? `app-page ${className}` : 'app-page'} restoreScrollOnBack={restoreScroll}>
      <Header
        className={title.length > LONG_TITLE ? 'app-header app-header--long' : 'app-header'}
        title={title}
        showBackIcon={backTo !== undefined}
        backIcon={
          <>
            <ChevronLeftIcon size={28} />
            <span className="sr-only">Quay lại</span>
          </>
        }
        onBackClick={(event) => {
          event.preventDefault();
          goBack();
        }}
      />
      <main className="app-content">{children}</main>
    </Page>
  );
}
