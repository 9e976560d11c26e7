// Stands in for `virtual:pwa-register/react` in the Node build of the public pages' first paint
// (prerender.vite-config.ts): the update prompt shows only to signed-in staff, so this is never called there.
export function useRegisterSW(): never {
  throw new Error('The service worker is not registered while prerendering');
}
