import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { currentUserQueryKey } from '../features/auth/current-user-query';
import { isApiError } from './api-client';

/**
 * A session that ended elsewhere (expiry, "sign out everywhere") shows up as UNAUTHENTICATED on any call; one
 * that still holds a one-time password as PASSWORD_CHANGE_REQUIRED: reading the account again lets the
 * signed-in layout send the user to the change-password form.
 */
function forgetEndedSession(error: unknown): void {
  if (isApiError(error, 'UNAUTHENTICATED')) queryClient.setQueryData(currentUserQueryKey, null);
  if (isApiError(error, 'PASSWORD_CHANGE_REQUIRED')) {
    void queryClient.invalidateQueries({ queryKey: currentUserQueryKey });
  }
}

export const queryClient: QueryClient = new QueryClient({
  // offlineFirst: without a connection a read still goes out, so the service worker answers it from what
  // was stored for field work instead of the query waiting for a network that may not come back for hours.
  defaultOptions: { queries: { retry: 1, staleTime: 30_000, networkMode: 'offlineFirst' } },
  queryCache: new QueryCache({ onError: forgetEndedSession }),
  mutationCache: new MutationCache({ onError: forgetEndedSession }),
});
