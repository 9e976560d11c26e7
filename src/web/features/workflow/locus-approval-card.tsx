import { Badge, Button, Card, Group, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocusApproval } from '../../../contracts/workflow.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useFormatters } from '../../lib/use-formatters';
import { useLocusApproval, useLocusDecision } from './workflow-api';

const approvalColors: Record<LocusApproval, string> = { open: 'gray', approved: 'blue', accepted: 'green' };

/**
 * The entity's approval on the locus page: how many units are verified, and the coordinator's approve and
 * the centre's accept buttons, disabled with the reason when not possible yet.
 */
export function LocusApprovalCard({ year, entityCode }: { year: number; entityCode: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const format = useFormatters();
  const approval = useLocusApproval(year, entityCode);
  const decide = useLocusDecision(year, entityCode);
  const [reason, setReason] = useState('');
  if (!approval.data) return <ApiErrorAlert error={approval.error} />;
  const state = approval.data;
  const verified = state.units.filter(
    (unit) => unit.status === 'verified' || unit.status === 'locked',
  ).length;
  const total = state.units.length;
  const when = (iso: string | null) => (iso ? format.dateTime(iso, entityCode, { style: 'medium' }) : '');
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="locus-approval">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id="locus-approval">
            {t('workflow.approvalTitle')}
          </Title>
          <Badge color={approvalColors[state.approval]} variant="light" data-testid="locus-approval">
            {t(`workflow.approval.${state.approval}`)}
          </Badge>
        </Group>
        <Text size="sm">{t('workflow.approvalUnits', { verified, total })}</Text>
        <Progress
          value={total === 0 ? 0 : (verified / total) * 100}
          color="green"
          aria-label={t('workflow.approvalUnits', { verified, total })}
        />
        {state.approvedBy && (
          <Text size="xs" c="dimmed">
            {t('workflow.approvedBy', { name: state.approvedBy, when: when(state.approvedAt) })}
          </Text>
        )}
        {state.acceptedBy && (
          <Text size="xs" c="dimmed">
            {t('workflow.acceptedBy', { name: state.acceptedBy, when: when(state.acceptedAt) })}
          </Text>
        )}
        <Group gap="xs">
          {(['approve', 'accept'] as const)
            .filter((decision) => state.actions[decision].visible)
            .map((decision) => (
              <Button
                key={decision}
                size="sm"
                color={decision === 'approve' ? 'blue' : 'green'}
                disabled={!state.actions[decision].enabled}
                loading={decide.isPending && decide.variables === decision}
                onClick={() => decide.mutate(decision)}
              >
                {t(`workflow.actions.${decision}`)}
              </Button>
            ))}
        </Group>
        {(['withdrawApproval', 'withdrawAcceptance'] as const).some(
          (step) => state.actions[step].enabled,
        ) && (
          <Group gap="xs" align="end" data-testid="withdraw-approval">
            <TextInput
              size="sm"
              label={t('workflow.withdrawReason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              style={{ flex: 1 }}
            />
            {(['withdrawApproval', 'withdrawAcceptance'] as const)
              .filter((step) => state.actions[step].enabled)
              .map((step) => (
                <Button
                  key={step}
                  size="sm"
                  variant="light"
                  color="red"
                  disabled={reason.trim().length < 10}
                  loading={decide.isPending}
                  onClick={() =>
                    decide.mutate(
                      {
                        step: step === 'withdrawApproval' ? 'withdraw-approval' : 'withdraw-acceptance',
                        reason: reason.trim(),
                      },
                      { onSuccess: () => setReason('') },
                    )
                  }
                >
                  {t(`workflow.actions.${step}`)}
                </Button>
              ))}
          </Group>
        )}
        {state.units
          .filter((unit) => unit.verificationOverrides.length > 0 || unit.correction)
          .map((unit) => (
            <Stack key={unit.unitId} gap={2} data-testid="unit-overrides">
              <Text size="sm" fw={600}>
                {unit.name}
              </Text>
              {unit.correction && (
                <Text size="xs">{t('workflow.correctionOpen', { reason: unit.correction.reason })}</Text>
              )}
              {unit.verificationOverrides.map((override) => (
                <Text key={override.key} size="xs">
                  {t('workflow.overridesTitle')}: {override.text} — <i>{override.note}</i>
                </Text>
              ))}
            </Stack>
          ))}
        {(['approve', 'accept'] as const).map((decision) => {
          const action = state.actions[decision];
          return action.visible && !action.enabled && action.reason ? (
            <Text key={decision} size="xs" c="dimmed">
              {action.reason[language]}
            </Text>
          ) : null;
        })}
        <ApiErrorAlert error={decide.error} />
      </Stack>
    </Card>
  );
}
