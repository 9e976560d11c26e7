import { Alert, Button, Card, Group, Loader, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimal } from '../../../core';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { isApiError } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../auth/use-current-user';
import { AddPlanItemForm } from './add-plan-item-form';
import { PlanItemCard } from './plan-item-card';
import { PlanLinkButton } from './plan-links';
import { useCreatePlan, usePlan, useRemovePlanItem, useSimulatorInput } from './plans-api';
import { useRecommendations } from './use-recommendations';

const route = getRouteApi('/_signedIn/rencana-aksi/$code');
/** How many of the planner's top indicators become items of a plan made from the recommendations. */
const recommendedItems = 5;

export function PlanPage(): ReactElement {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const { code } = route.useParams();
  const search = route.useSearch();
  const simulator = useSimulatorInput(code, search.tahun);
  const year = search.tahun ?? simulator.data?.year ?? undefined;
  usePageTitle(
    simulator.data && year !== undefined
      ? t('plans.plan.title', { entity: simulator.data.entity.name, year })
      : t('plans.plan.listTitle'),
  );
  const plan = usePlan(code, year ?? undefined);
  const recommendations = useRecommendations(
    plan.error && isApiError(plan.error, 'NOT_FOUND') ? simulator.data : undefined,
  );
  const create = useCreatePlan(code, year ?? 0);
  const remove = useRemovePlanItem(code, year ?? 0);
  const points = (value: number) => formatDecimal(value, 2, i18n.language === 'en' ? 'en' : 'id');
  const canEdit = user.role === 'admin' || user.role === 'coordinator' || user.role === 'liaison';

  if (simulator.isPending) return <Loader aria-label={t('common.loading')} />;
  if (simulator.error) return <ApiErrorAlert error={simulator.error} />;
  const entityName = simulator.data.entity.name;
  if (year === undefined) return <Alert>{t('plans.plan.none')}</Alert>;
  const title = (
    <Title order={1} size="h2">
      {t('plans.plan.title', { entity: entityName, year })}
    </Title>
  );
  const simulatorLink = (
    <PlanLinkButton code={code} to="simulator" variant="light">
      {t('plans.plan.openSimulator')}
    </PlanLinkButton>
  );

  if (plan.isPending) return <Loader aria-label={t('common.loading')} />;
  if (plan.error) {
    if (!isApiError(plan.error, 'NOT_FOUND')) return <ApiErrorAlert error={plan.error} />;
    const top =
      (typeof recommendations === 'object' ? recommendations?.opportunities : undefined)
        ?.filter((item) => item.gainToTop > 0)
        .slice(0, recommendedItems) ?? [];
    return (
      <Stack>
        {title}
        <Alert>{t('plans.plan.noneForYear', { year })}</Alert>
        {canEdit && (
          <Group>
            {recommendations === 'pending' && <Loader size="sm" />}
            {top.length > 0 && (
              <Button
                loading={create.isPending}
                onClick={() =>
                  create.mutate({
                    title: t('plans.plan.defaultTitle', { year }),
                    methodologyRef: simulator.data.methodologyRef,
                    baselineScore:
                      typeof recommendations === 'object' ? (recommendations?.roundedScore ?? null) : null,
                    items: top.map((item) => ({
                      unitId: item.unitCode,
                      indicatorCode: item.indicatorCode,
                      action: t('plans.plan.actionFor', {
                        indicator: item.indicatorCode,
                        text: i18n.language === 'en' ? item.text.en : item.text.id,
                      }),
                      expectedGain: item.gainToTop,
                    })),
                  })
                }
              >
                {t('plans.plan.fromRecommendations')}
              </Button>
            )}
            <Button
              variant="light"
              loading={create.isPending}
              onClick={() => create.mutate({ title: t('plans.plan.defaultTitle', { year }), items: [] })}
            >
              {t('plans.plan.byHand')}
            </Button>
            {simulatorLink}
          </Group>
        )}
        {top.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('plans.plan.recommendationsHelp', { count: top.length })}
          </Text>
        )}
        <ApiErrorAlert error={create.error} />
      </Stack>
    );
  }

  const data = plan.data;
  const { progress } = data;
  return (
    <Stack>
      <Group justify="space-between">
        {title}
        {simulatorLink}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            {t('plans.plan.progress')}
          </Text>
          <Text fw={700} data-testid="plan-progress">
            {t('plans.plan.progressSummary', { done: progress.done, total: progress.total })}
          </Text>
          <Progress
            value={progress.total === 0 ? 0 : (progress.done / progress.total) * 100}
            aria-label={t('plans.plan.progress')}
          />
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            {t('plans.plan.plannedGain')}
          </Text>
          <Text fw={700}>+{points(progress.plannedGain)}</Text>
          {progress.overdue > 0 && (
            <Text c="red" size="sm">
              {t('plans.plan.overdue')}: {progress.overdue}
            </Text>
          )}
        </Card>
        {data.baseline && (
          <Card withBorder>
            <Text size="sm" c="dimmed">
              {t('plans.plan.plannedVsRealised', { year: data.baseline.nextYear })}
            </Text>
            <Text fw={700}>
              +{points(data.baseline.plannedGain)} /{' '}
              {data.baseline.realisedGain === null ? '—' : points(data.baseline.realisedGain)}
            </Text>
          </Card>
        )}
      </SimpleGrid>
      {data.items.length === 0 && <Text c="dimmed">{t('plans.plan.none')}</Text>}
      {data.items.map((item) => (
        <PlanItemCard
          key={`${item.id}-${item.version}`}
          code={code}
          year={data.year}
          item={item}
          canEdit={canEdit}
          onRemove={
            canEdit
              ? () => {
                  if (window.confirm(t('plans.plan.removeConfirm', { position: item.position + 1 })))
                    remove.mutate({ itemId: item.id, version: item.version });
                }
              : undefined
          }
        />
      ))}
      <ApiErrorAlert error={remove.error} />
      {canEdit && <AddPlanItemForm code={code} year={data.year} />}
    </Stack>
  );
}
