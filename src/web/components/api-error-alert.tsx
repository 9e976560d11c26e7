import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-client';

/** The server's message as is (it is already in the UI language), with the request id to quote for 5xx. */
export function ApiErrorAlert({ error, retryHint }: { error: unknown; retryHint?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const requestId = isApiError(error) && error.status >= 500 ? error.requestId : undefined;
  return (
    <Alert color="red" role="alert" variant="light">
      <Text size="sm">{message}</Text>
      {retryHint && <Text size="sm">{retryHint}</Text>}
      {requestId && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('common.requestId', { id: requestId })}
        </Text>
      )}
    </Alert>
  );
}
