import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../contracts/users.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useSetUserActive } from './users-api';

/** Confirms deactivating or reactivating an account; accounts are never deleted. */
export function SetUserActiveModal({ target, onClose }: { target: UserSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const setActive = useSetUserActive(target.id);
  const activate = !target.isActive;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(activate ? 'users.reactivateTitle' : 'users.deactivateTitle', { name: target.name })}
    >
      <Stack gap="sm">
        <Text size="sm">{t(activate ? 'users.reactivateBody' : 'users.deactivateBody')}</Text>
        <ApiErrorAlert error={setActive.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color={activate ? 'teal' : 'red'}
            loading={setActive.isPending}
            onClick={() => setActive.mutate(activate, { onSuccess: onClose })}
          >
            {t(activate ? 'users.reactivate' : 'users.deactivate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
