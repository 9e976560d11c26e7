import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Radio,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { NoAccess } from '../../components/no-access';
import { useFormatters } from '../../lib/use-formatters';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../auth/use-current-user';
import { useFinaliseCycle, useFinaliseReadiness } from './finalise-api';
import { FinaliseReadinessCard } from './finalise-readiness-card';
import { useResultSnapshots } from './results-api';
import { SnapshotChangesView } from './snapshot-changes-view';

const routeApi = getRouteApi('/_signedIn/siklus/$year/penetapan');

/** Admin, in the determination phase: finalise the cycle and review what each snapshot changed. */
export function FinalisePage() {
  const user = useSignedInUser();
  if (user.role !== 'admin') return <NoAccess />;
  return <Finalise />;
}

function Finalise() {
  const { t } = useTranslation();
  const year = Number(routeApi.useParams().year);
  usePageTitle(t('finalise.title', { year }));
  const finalise = useFinaliseCycle(year);
  const readiness = useFinaliseReadiness(year);
  const [scope, setScope] = useState<'accepted' | 'all'>('accepted');
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const canSubmit = confirmed && (scope === 'accepted' || reason.trim().length >= 10);
  const snapshots = useResultSnapshots();
  const [selected, setSelected] = useState<string | null>(null);
  const computed = (snapshots.data?.items ?? []).filter(
    (snapshot) => snapshot.year === year && snapshot.source === 'computed',
  );
  const shownId = selected ?? finalise.data?.snapshotId ?? null;
  const format = useFormatters();
  // The national embargo is set in Jakarta time (WIB), printed with its zone.
  const when = (iso: string) => format.dateTime(iso, null);

  return (
    <Stack gap="md" py="md">
      <Title order={1}>{t('finalise.title', { year })}</Title>
      <Text size="sm">{t('finalise.intro')}</Text>
      <ApiErrorAlert error={readiness.error} />
      {readiness.data && <FinaliseReadinessCard readiness={readiness.data} />}
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Radio.Group
            label={t('finalise.scopeLabel')}
            value={scope}
            onChange={(value) => setScope(value === 'all' ? 'all' : 'accepted')}
          >
            <Stack gap={4} mt={4}>
              <Radio
                value="accepted"
                data-testid="scope-accepted"
                label={t('finalise.scopeAccepted', { count: readiness.data?.acceptedLoci ?? 0 })}
              />
              <Radio value="all" data-testid="scope-all" label={t('finalise.scopeAll')} />
            </Stack>
          </Radio.Group>
          {scope === 'all' && (
            <Textarea
              label={t('finalise.reasonLabel')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              minRows={2}
              autosize
            />
          )}
          <Checkbox
            data-testid="finalise-confirm"
            label={t('finalise.confirm')}
            checked={confirmed}
            onChange={(event) => setConfirmed(event.currentTarget.checked)}
          />
          <Group>
            <Button
              disabled={!canSubmit}
              loading={finalise.isPending}
              onClick={() =>
                finalise.mutate(scope === 'all' ? { scope, reason: reason.trim() } : { scope }, {
                  onSuccess: () => setConfirmed(false),
                })
              }
            >
              {t('finalise.submit')}
            </Button>
          </Group>
        </Stack>
      </Card>
      <ApiErrorAlert error={finalise.error} />
      {finalise.data && (
        <Alert color="green" data-testid="finalise-outcome">
          {t('finalise.done', {
            entities: finalise.data.entities,
            units: finalise.data.units,
            embargo: when(finalise.data.embargoAt),
          })}
          {finalise.data.flags.length > 0 && (
            <>
              <Text size="sm" fw={600} mt="xs">
                {t('finalise.flags')}
              </Text>
              <List size="sm">
                {finalise.data.flags.map((flag) => (
                  <List.Item key={`${flag.entityCode}/${flag.flag}`}>
                    {flag.entityName} ({flag.entityCode}):{' '}
                    {flag.flag === 'not-accepted'
                      ? t('finalise.flagOverride', { approval: flag.approval })
                      : flag.flag === 'left-out'
                        ? t('finalise.flagLeftOut', { approval: flag.approval })
                        : t('finalise.flagNoUnits')}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      )}
      {computed.length > 0 && (
        <Card withBorder padding="md">
          <Title order={2} size="h4" mb="sm">
            {t('finalise.snapshots', { year })}
          </Title>
          <Table.ScrollContainer minWidth={420}>
            <Table fz="sm" striped>
              <Table.Tbody>
                {computed.map((snapshot) => (
                  <Table.Tr key={snapshot.id}>
                    <Table.Td>{when(snapshot.createdAt)}</Table.Td>
                    <Table.Td>{snapshot.rows}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => setSelected(snapshot.id)}>
                        {t('finalise.showChanges')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      {shownId && <SnapshotChangesView snapshotId={shownId} />}
    </Stack>
  );
}
