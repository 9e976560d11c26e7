import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { currentUserQueryKey } from '../features/auth/current-user-query';
import { isApiError } from './api-client';

/** A session that ended elsewhere (expiry, "sign out everywhere") shows up as UNAUTHENTICATED on any call. */
function forgetEndedSession(error: unknown): void {
  if (isApiError(error, 'UNAUTHENTICATED')) queryClient.setQueryData(currentUserQueryKey, null);
}

export const queryClient: QueryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, staleTime: 30_000 } },
  queryCache: new QueryCache({ onError: forgetEndedSession }),
  mutationCache: new MutationCache({ onError: forgetEndedSession }),
});
