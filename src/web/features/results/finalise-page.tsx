import { Alert, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { NoAccess } from '../../components/no-access';
import { useSignedInUser } from '../auth/use-current-user';
import { useFinaliseCycle } from './finalise-api';
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
  const { t, i18n } = useTranslation();
  const year = Number(routeApi.useParams().year);
  const finalise = useFinaliseCycle(year);
  const snapshots = useResultSnapshots();
  const [selected, setSelected] = useState<string | null>(null);
  const computed = (snapshots.data?.items ?? []).filter(
    (snapshot) => snapshot.year === year && snapshot.source === 'computed',
  );
  const shownId = selected ?? finalise.data?.snapshotId ?? null;
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Asia/Jakarta',
    }).format(new Date(iso));

  return (
    <Stack gap="md" py="md">
      <Title order={1}>{t('finalise.title', { year })}</Title>
      <Text size="sm">{t('finalise.intro')}</Text>
      <Group>
        <Button onClick={() => finalise.mutate()} loading={finalise.isPending}>
          {t('finalise.submit')}
        </Button>
      </Group>
      <ApiErrorAlert error={finalise.error} />
      {finalise.data && (
        <Alert color="green" data-testid="finalise-outcome">
          {t('finalise.done', {
            entities: finalise.data.entities,
            units: finalise.data.units,
            embargo: `${when(finalise.data.embargoAt)} WIB`,
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
                      ? t('finalise.flagNotAccepted', { approval: flag.approval })
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
