import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { okResponseSchema } from '../../../contracts/auth.contract';
import { noticeMailSettingSchema } from '../../../contracts/notifications.contract';
import { oneTimePasswordSchema, passwordResetAvailabilitySchema } from '../../../contracts/recovery.contract';
import { getJson, sendJson } from '../../lib/api-client';

export function usePasswordResetAvailability() {
  return useQuery({
    queryKey: ['password-reset-availability'],
    queryFn: () => getJson('/api/auth/password-reset', passwordResetAvailabilitySchema),
    staleTime: 5 * 60_000,
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) =>
      sendJson('POST', '/api/auth/password-reset/request', okResponseSchema, { email }),
  });
}

export function useCompletePasswordReset() {
  return useMutation({
    mutationFn: (body: { token: string; newPassword: string }) =>
      sendJson('POST', '/api/auth/password-reset/complete', okResponseSchema, body),
  });
}

/** Admin or coordinator: a new one-time password for a user in scope. */
export function useResetUserPassword() {
  return useMutation({
    mutationFn: (userId: string) =>
      sendJson('POST', `/api/users/${userId}/reset-password`, oneTimePasswordSchema),
  });
}

export function useNoticeMailSetting() {
  return useQuery({
    queryKey: ['notice-mail'],
    queryFn: () => getJson('/api/account/notice-mail', noticeMailSettingSchema),
  });
}

export function useSaveNoticeMailSetting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (mailEnabled: boolean) => {
      const response = await fetch('/api/account/notice-mail', {
        method: 'PUT',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ mailEnabled }),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return noticeMailSettingSchema.parse(await response.json());
    },
    onSuccess: (setting) => queryClient.setQueryData(['notice-mail'], setting),
  });
}
