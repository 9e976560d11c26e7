import { Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { LocusLink } from '../cycles/planning-links';
import { useMyLoci } from '../loci/loci-api';
import { MyLocusWorkflowProgress } from '../workflow/my-locus-workflow-progress';

/** Home card of assessors and verifiers: their loci with respondents recorded vs planned. */
export function MyLociCard() {
  const { t } = useTranslation();
  const loci = useMyLoci();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="home-my-loci">
      <Title order={2} size="h4" mb="sm" id="home-my-loci">
        {t('planning.myLoci.title')}
      </Title>
      <ApiErrorAlert error={loci.error} />
      {loci.data?.items.length === 0 && <Text c="dimmed">{t('planning.myLoci.empty')}</Text>}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {loci.data?.items.map((locus) => (
          <Stack key={`${locus.year}-${locus.entityCode}-${locus.role}`} gap={4} component="li">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <LocusLink year={locus.year} code={locus.entityCode}>
                {locus.entityName} · {locus.year}
              </LocusLink>
              <Text size="xs" c="dimmed">
                {t('planning.myLoci.asRole', { role: t(`roles.${locus.role}`) })} · {locus.unitCount}{' '}
                {t('planning.loci.units').toLowerCase()}
              </Text>
            </Group>
            <Text size="sm">
              {t('planning.locus.recordedOf', {
                recorded: locus.respondentsRecorded,
                planned: locus.respondentsPlanned,
              })}
            </Text>
            <Progress
              value={
                locus.respondentsPlanned === 0
                  ? 0
                  : (locus.respondentsRecorded / locus.respondentsPlanned) * 100
              }
              aria-label={t('planning.myLoci.progress')}
            />
            <MyLocusWorkflowProgress year={locus.year} entityCode={locus.entityCode} />
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
