import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  type createUserRequestSchema,
  createUserResponseSchema,
  type updateUserRequestSchema,
  userListSchema,
  userSummarySchema,
} from '../../../contracts/users.contract';
import { getJson, sendJson, toQueryString } from '../../lib/api-client';
import type { UsersSearch } from './users-search';

export const usersPageSize = 25;

export function useUsers(search: UsersSearch) {
  return useQuery({
    queryKey: ['users', 'list', search],
    // includeInactive is left out when false: the server reads any value given as "true".
    queryFn: () =>
      getJson(`/api/users${toQueryString({ ...search, pageSize: usersPageSize })}`, userListSchema),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['users'] });
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (body: z.input<typeof createUserRequestSchema>) =>
      sendJson('POST', '/api/users', createUserResponseSchema, body),
    onSuccess: invalidate,
  });
}

export function useUpdateUser(userId: string) {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (body: z.input<typeof updateUserRequestSchema>) =>
      sendJson('PATCH', `/api/users/${encodeURIComponent(userId)}`, userSummarySchema, body),
    onSuccess: invalidate,
  });
}

export function useSetUserActive(userId: string) {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (active: boolean) =>
      sendJson(
        'POST',
        `/api/users/${encodeURIComponent(userId)}/${active ? 'reactivate' : 'deactivate'}`,
        userSummarySchema,
      ),
    onSuccess: invalidate,
  });
}
