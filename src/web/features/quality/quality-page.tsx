import { Badge, Button, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qualityReportSchema, qualitySampleResultSchema } from '../../../contracts/quality.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { getJson, sendJson } from '../../lib/api-client';
import { useFormatters } from '../../lib/use-formatters';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../auth/use-current-user';
import { CycleLink } from '../cycles/planning-links';
import { QualityTables } from './quality-tables';

const routeApi = getRouteApi('/_signedIn/siklus/$year/mutu');

/**
 * Assessor quality control for coordinators and the centre (docs/evidence-integrity.md): draw the province's
 * double-scoring sample, then read agreement (percent, weighted kappa), disagreements and per-assessor figures.
 */
export function QualityPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const year = Number(routeApi.useParams().year);
  usePageTitle(`${t('quality.title')} ${year}`);
  const user = useSignedInUser();
  const provinces = user.scope.provinceCodes;
  const [provinceCode, setProvinceCode] = useState<string>(provinces[0] ?? '16');
  const queryClient = useQueryClient();
  const key = ['quality', year, provinceCode];
  const report = useQuery({
    queryKey: key,
    queryFn: () => getJson(`/api/cycles/${year}/quality?provinceCode=${provinceCode}`, qualityReportSchema),
    retry: false,
  });
  const draw = useMutation({
    mutationFn: () =>
      sendJson('POST', `/api/cycles/${year}/quality/sample`, qualitySampleResultSchema, { provinceCode }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: key }),
  });
  const data = report.data;
  const kappa = data?.overall.kappa ?? null;
  const agreement = data?.overall.percentAgreement ?? null;
  return (
    <Stack gap="md" py="md">
      <CycleLink year={year} size="sm">
        ← {year}
      </CycleLink>
      <Title order={1}>
        {t('quality.title')} {year}
      </Title>
      <Text size="sm" c="dimmed">
        {t('quality.intro')}
      </Text>
      {provinces.length !== 1 && (
        <Select
          label={t('quality.province')}
          data={(provinces.length > 0 ? provinces : [provinceCode]).map((code) => ({
            value: code,
            label: code,
          }))}
          value={provinceCode}
          onChange={(value) => value && setProvinceCode(value)}
          w={200}
        />
      )}
      {report.isPending && <Loader size="sm" />}
      {report.error && <ApiErrorAlert error={report.error} />}
      {data && (
        <>
          <Button w="fit-content" onClick={() => draw.mutate()} loading={draw.isPending}>
            {t('quality.draw', { percent: format.percent(data.samplePercent / 100) })}
          </Button>
          {draw.error && <ApiErrorAlert error={draw.error} />}
          <Text size="sm">{t('quality.drawn', { count: data.sampledUnits })}</Text>
          {draw.data && draw.data.skipped.length > 0 && (
            <Badge color="orange" variant="light">
              {t('quality.skipped', { count: draw.data.skipped.length })}
            </Badge>
          )}
          <Text size="sm" fw={600}>
            {t('quality.overall', {
              pairs: data.overall.pairs,
              percent: agreement === null ? '—' : format.percent(agreement, 0),
              kappa: kappa === null ? '—' : format.number(kappa, 2),
            })}
          </Text>
          <QualityTables report={data} />
        </>
      )}
    </Stack>
  );
}
