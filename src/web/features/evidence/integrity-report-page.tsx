import { Badge, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../auth/use-current-user';
import { UnitCollectionLink } from '../collection/unit-collection-link';
import { CycleLink } from '../cycles/planning-links';
import { fetchIntegrityReport } from './integrity-api';

const routeApi = getRouteApi('/_signedIn/siklus/$year/integritas');

/**
 * The province's evidence integrity report for a cycle: every flagged photo with its flags and decisions, so
 * verifiers work through them unit by unit and coordinators see what is still waiting.
 */
export function IntegrityReportPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const year = Number(routeApi.useParams().year);
  usePageTitle(`${t('integrity.report.title')} ${year}`);
  const user = useSignedInUser();
  const provinces = user.scope.provinceCodes;
  const [provinceCode, setProvinceCode] = useState<string>(provinces[0] ?? '16');
  const report = useQuery({
    queryKey: ['evidence-integrity', year, provinceCode],
    queryFn: () => fetchIntegrityReport(year, provinceCode),
    retry: false,
  });
  return (
    <Stack gap="md" py="md">
      <CycleLink year={year} size="sm">
        ← {year}
      </CycleLink>
      <Title order={1}>
        {t('integrity.report.title')} {year}
      </Title>
      {provinces.length !== 1 && (
        <Select
          label={t('integrity.report.province')}
          data={(provinces.length > 0 ? provinces : [provinceCode]).map((code) => ({
            value: code,
            label: code,
          }))}
          value={provinceCode}
          onChange={(value) => value && setProvinceCode(value)}
          searchable={provinces.length === 0}
          w={200}
        />
      )}
      {report.isPending && <Loader size="sm" />}
      {report.error && <ApiErrorAlert error={report.error} />}
      {report.data && (
        <>
          <Text size="sm">
            {t('integrity.report.summary', {
              flagged: report.data.flaggedCount,
              total: report.data.evidenceCount,
              undecided: report.data.undecidedCount,
            })}
          </Text>
          <Group gap="xs">
            {Object.entries(report.data.byCode).map(([code, count]) => (
              <Badge key={code} variant="light" color={count > 0 ? 'orange' : 'gray'}>
                {t(`integrity.codes.${code as keyof typeof report.data.byCode}`)}: {count}
              </Badge>
            ))}
          </Group>
          {report.data.items.length === 0 ? (
            <Text c="dimmed">{t('integrity.report.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('integrity.report.entity')}</Table.Th>
                    <Table.Th>{t('integrity.report.unit')}</Table.Th>
                    <Table.Th>{t('integrity.report.indicator')}</Table.Th>
                    <Table.Th>{t('integrity.report.file')}</Table.Th>
                    <Table.Th>{t('integrity.report.flags')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.data.items.map((item) => (
                    <Table.Tr key={item.evidence.id}>
                      <Table.Td>{item.entityName}</Table.Td>
                      <Table.Td>
                        <UnitCollectionLink year={year} code={item.entityCode} unitId={item.unitId} size="sm">
                          {item.unitName}
                        </UnitCollectionLink>
                      </Table.Td>
                      <Table.Td>{item.indicatorCode}</Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{item.evidence.fileName}</Table.Td>
                      <Table.Td>
                        <Stack gap={2}>
                          {item.evidence.integrityFlags.map((flag) => (
                            <Text key={flag.code} size="xs" title={flag.details.message[language]}>
                              {t(`integrity.codes.${flag.code}`)}
                              {flag.decision
                                ? ` · ${t(
                                    flag.decision.decision === 'accepted'
                                      ? 'integrity.accepted'
                                      : 'integrity.rejected',
                                    { by: flag.decision.decidedBy ?? '—', note: flag.decision.note },
                                  )}`
                                : ` · ${t('integrity.undecided')}`}
                            </Text>
                          ))}
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </Stack>
  );
}
