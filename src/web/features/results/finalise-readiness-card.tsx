import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FinaliseReadiness } from '../../../contracts/finalise.contract';

/** Per locus what keeps it from publication: not accepted, units not verified, evidence, survey, objections. */
export function FinaliseReadinessCard({ readiness }: { readiness: FinaliseReadiness }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  return (
    <Card withBorder padding="md" data-testid="finalise-readiness">
      <Title order={2} size="h4" mb="xs">
        {t('finalise.readinessTitle')}
      </Title>
      <Text size="sm" mb="xs">
        {readiness.ready
          ? t('finalise.readinessReady')
          : t('finalise.readinessNotReady', {
              accepted: readiness.acceptedLoci,
              total: readiness.loci.length,
            })}
      </Text>
      <Table.ScrollContainer minWidth={480}>
        <Table fz="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('finalise.readinessLocus')}</Table.Th>
              <Table.Th>{t('finalise.readinessProblems')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {readiness.loci.map((locus) => (
              <Table.Tr key={locus.code} data-code={locus.code}>
                <Table.Td>
                  {locus.name} ({locus.code}){' '}
                  <Badge size="xs" color={locus.accepted ? 'green' : 'orange'}>
                    {locus.approval}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {locus.problems.length === 0 ? (
                    <Text size="sm" c="green.8">
                      {t('finalise.readinessNone')}
                    </Text>
                  ) : (
                    <Stack gap={2}>
                      {locus.problems.map((problem) => (
                        <Text key={problem.code} size="sm" data-problem={problem.code}>
                          {problem.message[language]}
                        </Text>
                      ))}
                    </Stack>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
