import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocusSummary } from '../../../contracts/loci.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { LocusLink } from '../cycles/planning-links';
import { RemoveLocusButton } from './remove-locus-button';

export function LociTable({ loci, canRemove = false }: { loci: LocusSummary[]; canRemove?: boolean }) {
  const { t } = useTranslation();
  const [removeError, setRemoveError] = useState<Error | null>(null);
  if (loci.length === 0) return <Text c="dimmed">{t('planning.loci.empty')}</Text>;
  return (
    <>
      <ApiErrorAlert error={removeError} />
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('planning.loci.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('planning.loci.entity')}</Table.Th>
              <Table.Th>{t('planning.loci.kind')}</Table.Th>
              <Table.Th>{t('planning.loci.units')}</Table.Th>
              <Table.Th>{t('planning.loci.team')}</Table.Th>
              <Table.Th>{t('planning.loci.respondents')}</Table.Th>
              {canRemove && (
                <Table.Th>
                  <VisuallyHidden>{t('planning.loci.remove')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loci.map((locus) => (
              <Table.Tr key={locus.entityCode}>
                <Table.Td>
                  <LocusLink year={locus.year} code={locus.entityCode}>
                    {locus.entityName}
                  </LocusLink>{' '}
                  <Text span size="xs" c="dimmed">
                    {locus.entityCode}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`planning.loci.kinds.${locus.entityKind}`)}</Table.Td>
                <Table.Td>{locus.unitCount}</Table.Td>
                <Table.Td>
                  {[...locus.assessors, ...locus.verifiers].map((member) => member.name).join(', ') ||
                    t('planning.team.none')}
                </Table.Td>
                <Table.Td>
                  {t('planning.locus.recordedOf', {
                    recorded: locus.respondentsRecorded,
                    planned: locus.respondentsPlanned,
                  })}
                </Table.Td>
                {canRemove && (
                  <Table.Td>
                    <RemoveLocusButton locus={locus} onError={setRemoveError} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
