import { Card, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocusDetail } from '../../../contracts/loci.contract';

/** The respondents the edition asks for at this locus, and how many are recorded (none before field work). */
export function RespondentPlanCard({ locus }: { locus: LocusDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const { plan } = locus;
  const rows = [
    ...plan.perUnit.map((role) => ({
      ...role,
      scope: t('planning.locus.perUnit'),
      total: role.count * locus.unitCount,
    })),
    ...plan.perEntity.map((role) => ({ ...role, scope: t('planning.locus.perEntity'), total: role.count })),
  ];
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="locus-plan">
      <Stack gap="sm">
        <Title order={2} size="h4" id="locus-plan">
          {t('planning.locus.planTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('planning.locus.methodology', { ref: locus.methodologyRef })}
        </Text>
        <Table.ScrollContainer minWidth={300}>
          <Table verticalSpacing={4} aria-label={t('planning.locus.planTitle')}>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.role}>
                  <Table.Td>{row.text[language]}</Table.Td>
                  <Table.Td>
                    {row.count} × {row.scope}
                  </Table.Td>
                  <Table.Td>{row.total}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="sm" fw={600}>
          {t('planning.locus.recordedOf', { recorded: plan.recorded, planned: plan.entityTotal })}
        </Text>
        <Progress value={plan.entityTotal === 0 ? 0 : (plan.recorded / plan.entityTotal) * 100} aria-hidden />
      </Stack>
    </Card>
  );
}
