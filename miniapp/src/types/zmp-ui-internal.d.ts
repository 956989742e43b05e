// zmp-ui keeps the router's animation context internal; the browser router (app-router.tsx) provides it.
declare module 'zmp-ui/esm/components/router/ZMPRouter' {
  import type { Context } from 'react';
  import type { AnimationRouterContextType } from 'zmp-ui/router';

  export const AnimationRouterContext: Context<AnimationRouterContextType | undefined>;
}
