import { useMutation, useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import type { z } from 'zod';
import {
  currentUserSchema,
  okResponseSchema,
  type signInRequestSchema,
} from '../../../contracts/auth.contract';
import { isApiError, sendJson } from '../../lib/api-client';
import { forgetFieldKit } from '../offline/prepare-field-work';
import { clearOfflineCopies } from '../offline/sw-routes';
import { currentUserQueryKey } from './current-user-query';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof signInRequestSchema>) =>
      sendJson('POST', '/api/auth/sign-in', currentUserSchema, body),
    onSuccess: async (user) => {
      // The language stored on the account wins over the one chosen while signed out.
      await i18next.changeLanguage(user.language);
      queryClient.setQueryData(currentUserQueryKey, user);
    },
  });
}

/**
 * Signs out here (or on every device), then reloads the app on the sign-in page: nothing of the account
 * (cached lists, a one-time password still on screen) survives in memory for the next person at this device.
 */
export function useSignOut() {
  return useMutation({
    mutationFn: async (everywhere: boolean) => {
      const url = everywhere ? '/api/auth/sign-out-everywhere' : '/api/auth/sign-out';
      try {
        await sendJson('POST', url, okResponseSchema);
      } catch (error) {
        // An already ended session is what we wanted.
        if (!(isApiError(error) && error.status === 401)) throw error;
      }
      // The field data kept for offline use belongs to this account. The outbox stays, so nothing unsent is
      // lost: its entries carry this account and are sent only once it signs in again here.
      await clearOfflineCopies();
      forgetFieldKit();
      return everywhere;
    },
    onSuccess: (everywhere) => window.location.assign(everywhere ? '/masuk?signedOut=everywhere' : '/masuk'),
  });
}
