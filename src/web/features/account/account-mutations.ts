import { useMutation, useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import type { z } from 'zod';
import {
  type changePasswordRequestSchema,
  currentUserSchema,
  okResponseSchema,
  type updateAccountRequestSchema,
} from '../../../contracts/auth.contract';
import { sendJson } from '../../lib/api-client';
import { currentUserQueryKey } from '../auth/current-user-query';
import { useCurrentUser } from '../auth/use-current-user';

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof updateAccountRequestSchema>) =>
      sendJson('PATCH', '/api/account', currentUserSchema, body),
    onSuccess: (user) => queryClient.setQueryData(currentUserQueryKey, user),
  });
}

/**
 * Switches the UI language at once and, when signed in, stores it on the account (not while a one-time
 * password awaits replacement: the server refuses every account change but the password then).
 */
export function useChooseLanguage() {
  const { data: user } = useCurrentUser();
  const updateAccount = useUpdateAccount();
  const choose = async (language: 'id' | 'en') => {
    await i18next.changeLanguage(language);
    if (user && !user.mustChangePassword && user.language !== language) updateAccount.mutate({ language });
  };
  return { choose, updateAccount };
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof changePasswordRequestSchema>) =>
      sendJson('POST', '/api/account/password', okResponseSchema, body),
    // mustChangePassword is now false: read the account again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: currentUserQueryKey }),
  });
}
