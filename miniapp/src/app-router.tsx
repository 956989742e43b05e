import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { ZMPRouter } from 'zmp-ui';
import { AnimationRouterContext } from 'zmp-ui/esm/components/router/ZMPRouter';
import type { AnimationRouterDirectionType } from 'zmp-ui/router';
import { zaloAppId } from './lib/zalo.ts';

const reducedMotion =
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)')
    : null;

/**
 * Outside Zalo: plain paths (/, /procedures/…), which the server answers with index.html. zmp-ui's
 * ZMPRouter always prefixes /zapps/<APP_ID> in production builds, so the browser gets a BrowserRouter
 * with the same animation context zmp-ui's Page, AnimationRoutes and useNavigate expect.
 * Page transitions are skipped for people who asked their system for less motion.
 */
function BrowserAppRouter({ children }: { children: ReactNode }) {
  const [animate, setAnimateState] = useState(!reducedMotion?.matches);
  const [direction, setDirection] = useState<AnimationRouterDirectionType>('forward');
  const positions = useRef<Record<string, number>>({});

  const setAnimate = useCallback(
    ({ animate: next = true, direction: dir = 'forward' }: { animate?: boolean; direction?: AnimationRouterDirectionType }) => {
      setAnimateState(Boolean(next) && !reducedMotion?.matches);
      setDirection(dir === 'backward' ? 'backward' : 'forward');
    },
    [],
  );

  const value = useMemo(
    () => ({
      animate,
      direction,
      setAnimate,
      pageScrollPosition: positions.current,
      updatePosition: (key: string, position: number) => {
        positions.current[key] = position;
      },
    }),
    [animate, direction, setAnimate],
  );

  return (
    <AnimationRouterContext.Provider value={value}>
      <BrowserRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>{children}</BrowserRouter>
    </AnimationRouterContext.Provider>
  );
}

/** Inside Zalo, zmp-ui's own router (paths under /zapps/<APP_ID>); in a browser, plain paths. */
export function AppRouter({ children }: { children: ReactNode }) {
  return zaloAppId() ? <ZMPRouter>{children}</ZMPRouter> : <BrowserAppRouter>{children}</BrowserAppRouter>;
}
