import { queryOptions } from '@tanstack/react-query';
import { type CurrentUser, currentUserSchema } from '../../../contracts/auth.contract';
import { getJson, isApiError } from '../../lib/api-client';

export const currentUserQueryKey = ['auth', 'me'] as const;

/** The signed-in user, or null when there is no session (a 401 is an answer here, not an error). */
async function fetchCurrentUser(): Promise<CurrentUser | null> {
  try {
    return await getJson('/api/auth/me', currentUserSchema);
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const currentUserQuery = queryOptions({
  queryKey: currentUserQueryKey,
  queryFn: fetchCurrentUser,
  staleTime: 60_000,
});
