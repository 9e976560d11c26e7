import { Button, Group, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type SurveyResponseItemDto, unitSurveyResponsesSchema } from '../../../contracts/survey.contract';
import { isActionOpenToRole } from '../../../core/access/can';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { sendJson } from '../../lib/api-client';
import { useCurrentUser } from '../auth/use-current-user';
import { type SurveyUnitRef, unitSurveyUrl } from './survey-api';

/**
 * Proof of service of one response (cycles that ask for it): the receipt number given, or the field team's mark
 * that they saw proof at the counter, and the button that sets that mark (assessors, coordinators, admins).
 */
export function SurveyProofLine({ unit, item }: { unit: SurveyUnitRef; item: SurveyResponseItemDto }) {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser();
  const queryClient = useQueryClient();
  const markSeen = useMutation({
    mutationFn: () =>
      sendJson(
        'POST',
        `${unitSurveyUrl(unit)}/responses/${encodeURIComponent(item.id)}/proof`,
        unitSurveyResponsesSchema,
      ),
    onSuccess: (responses) => {
      queryClient.setQueryData(['survey-responses', unit.year, unit.entityCode, unit.unitId], responses);
      void queryClient.invalidateQueries({ queryKey: ['survey', unit.year, unit.entityCode, unit.unitId] });
    },
  });
  const canMark = user ? isActionOpenToRole(user.role, 'collection.write') : false;
  if (item.proof.receiptNumber)
    return <Text size="xs">{t('survey.proof.receipt', { number: item.proof.receiptNumber })}</Text>;
  if (item.proof.seenAt) return <Text size="xs">{t('survey.proof.seen')}</Text>;
  if (!item.flags.includes('no-proof') || !canMark) return null;
  return (
    <Group gap="xs">
      <Button
        size="compact-sm"
        variant="light"
        loading={markSeen.isPending}
        onClick={() => markSeen.mutate()}
      >
        {t('survey.proof.markSeen')}
      </Button>
      <ApiErrorAlert error={markSeen.error} />
    </Group>
  );
}
