import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while React takes over a page's prerendered HTML (src/web/main.tsx), true after and in a fresh render.
 * React hydrates a Suspense boundary (a route's page) after the layout around it has started its queries; a
 * page that already showed what an answer says (who is signed in) would no longer match the HTML, which was
 * rendered before any answer. Such a page reads the answer only once this is true.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
