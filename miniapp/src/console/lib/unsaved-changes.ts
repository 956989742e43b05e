import { useEffect } from 'react';

export const UNSAVED_MESSAGE = 'Bạn có thay đổi chưa lưu. Rời trang này thì các thay đổi sẽ mất. Vẫn rời trang?';

/**
 * While `dirty`, leaving the page asks first: closing or reloading the tab (beforeunload) and following a
 * link inside the console (the BrowserRouter has no blocker, so a click on a link is caught before React
 * Router sees it, in the capture phase on window).
 */
export function useUnsavedWarning(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium needs returnValue set to show its prompt.
      event.returnValue = '';
    };
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!link || link.target === '_blank' || link.hasAttribute('download')) return;
      const to = new URL(link.href, window.location.href);
      if (to.origin !== window.location.origin) return;
      // A link to a section of the same page (#topics) leaves nothing.
      if (to.pathname === window.location.pathname && to.search === window.location.search) return;
      if (window.confirm(UNSAVED_MESSAGE)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('click', click, true);
    };
  }, [dirty]);
}
