import { Badge, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QualityReport } from '../../../contracts/quality.contract';
import { useFormatters } from '../../lib/use-formatters';

/** The QA figures of a province: agreement per indicator and pair, disagreements, per-assessor figures. */
export function QualityTables({ report }: { report: QualityReport }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const number = (value: number | null, digits = 2) => (value === null ? '—' : format.number(value, digits));
  const percent = (value: number | null) => (value === null ? '—' : format.percent(value, 0));
  return (
    <>
      <Title order={2} size="h4">
        {t('quality.byIndicator')}
      </Title>
      {report.byIndicator.length === 0 ? (
        <Text c="dimmed">{t('quality.none')}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('quality.indicator')}</Table.Th>
              <Table.Th>{t('quality.pairs')}</Table.Th>
              <Table.Th>{t('quality.agreement')}</Table.Th>
              <Table.Th>{t('quality.kappa')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.byIndicator.map((row) => (
              <Table.Tr key={row.indicatorCode}>
                <Table.Td>{row.indicatorCode}</Table.Td>
                <Table.Td>{row.pairs}</Table.Td>
                <Table.Td>{percent(row.percentAgreement)}</Table.Td>
                <Table.Td>{number(row.kappa)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={2} size="h4">
        {t('quality.byPair')}
      </Title>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('quality.first')}</Table.Th>
            <Table.Th>{t('quality.second')}</Table.Th>
            <Table.Th>{t('quality.pairs')}</Table.Th>
            <Table.Th>{t('quality.agreement')}</Table.Th>
            <Table.Th>{t('quality.kappa')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.byAssessorPair.map((row) => (
            <Table.Tr key={`${row.firstAssessors.join(',')}|${row.secondAssessor}`}>
              <Table.Td>{row.firstAssessors.join(', ')}</Table.Td>
              <Table.Td>{row.secondAssessor}</Table.Td>
              <Table.Td>{row.pairs}</Table.Td>
              <Table.Td>{percent(row.percentAgreement)}</Table.Td>
              <Table.Td>{number(row.kappa)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={2} size="h4">
        {t('quality.disagreements')}
      </Title>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('quality.unit')}</Table.Th>
            <Table.Th>{t('quality.indicator')}</Table.Th>
            <Table.Th>{t('quality.levels')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.disagreements.map((row) => (
            <Table.Tr
              key={`${row.entityCode}|${row.unitName}|${row.indicatorCode}|${row.respondentId ?? ''}`}
            >
              <Table.Td>
                {row.entityCode} · {row.unitName}
              </Table.Td>
              <Table.Td>{row.indicatorCode}</Table.Td>
              <Table.Td>
                {row.firstLevel} → {row.secondLevel}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={2} size="h4">
        {t('quality.assessors')}
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('quality.name')}</Table.Th>
              <Table.Th>{t('quality.answers')}</Table.Th>
              <Table.Th>{t('quality.mean')}</Table.Th>
              <Table.Th>{t('quality.zScore')}</Table.Th>
              <Table.Th>{t('quality.changed')}</Table.Th>
              <Table.Th>{t('quality.visit')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.assessors.map((row) => (
              <Table.Tr key={row.assessorId}>
                <Table.Td>{row.name}</Table.Td>
                <Table.Td>{row.answerCount}</Table.Td>
                <Table.Td>{number(row.meanLevel)}</Table.Td>
                <Table.Td>
                  {number(row.zScore)}{' '}
                  {row.isOutlier && (
                    <Badge color="orange" size="sm">
                      {t('quality.outlier')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{percent(row.changedAtVerificationShare)}</Table.Td>
                <Table.Td>{number(row.medianVisitToEntryDays, 1)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
