"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False while the server's HTML is on screen without React's handlers (before hydration), true from then on and on
 * every render made in the browser. A control whose handler would not run yet can wait on it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
