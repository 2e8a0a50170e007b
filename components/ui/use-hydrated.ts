'use client';

import { useSyncExternalStore } from 'react';

const subscribeNothing = () => () => {};

/**
 * False on the server and while hydrating, true once the component runs in the browser: a client
 * component renders its no-JavaScript markup first (so hydration matches) and its scripted
 * controls after.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNothing, () => true, () => false);
}
