import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactElement } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimal, type Language } from '../../../core';
import { indexMethodology } from '../../../core/methodology/index-methodology';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { FigureCard } from './figure-card';
import { PlanLinkButton } from './plan-links';
import { useSimulatorInput } from './plans-api';
import { projectSimulation, raisesToChanges, rankAmong, type SimulatorChange } from './simulate-changes';
import { useSimulatorModel } from './use-simulator-model';

const route = getRouteApi('/_signedIn/simulasi/$code');
const keyOf = (change: { unitCode: string; indicatorCode: string }, kind: 'level' | 'evidence') =>
  `${kind}\u0000${change.unitCode}\u0000${change.indicatorCode}`;

export function SimulatorPage(): ReactElement {
  const { t, i18n } = useTranslation();
  const { code } = route.useParams();
  const [year, setYear] = useState<number | undefined>(undefined);
  const input = useSimulatorInput(code, year);
  usePageTitle(input.data && t('plans.simulator.title', { entity: input.data.entity.name }));
  const loaded = useSimulatorModel(input.data);
  const [changes, setChanges] = useState<Map<string, SimulatorChange>>(new Map());
  const [shown, setShown] = useState(25);
  const [rankTarget, setRankTarget] = useState<number>(1);
  const [rankScope, setRankScope] = useState<'province' | 'national'>('province');
  const [presetNote, setPresetNote] = useState<string | null>(null);
  const language = (i18n.language === 'en' ? 'en' : 'id') as Language;
  const points = (value: number) => formatDecimal(value, 2, language);
  const peers = input.data?.peers;
  const projection = useMemo(
    () =>
      loaded?.model && peers
        ? projectSimulation(
            loaded.answers,
            loaded.methodology,
            [...changes.values()],
            peers,
            loaded.model.result,
          )
        : null,
    [loaded, changes, peers],
  );

  if (input.isPending) return <Loader aria-label={t('common.loading')} />;
  if (input.error) return <ApiErrorAlert error={input.error} />;
  const data = input.data;
  const header = (
    <Group justify="space-between" align="flex-end">
      <Title order={1} size="h2">
        {t('plans.simulator.title', { entity: data.entity.name })}
      </Title>
      {data.availableYears.length > 0 && (
        <Select
          label={t('plans.simulator.year')}
          data={data.availableYears.map(String)}
          value={data.year === null ? null : String(data.year)}
          onChange={(value) => value && setYear(Number(value))}
          w={140}
        />
      )}
    </Group>
  );
  if (!loaded)
    return (
      <Stack>
        {header}
        <Alert>{t('plans.simulator.noData')}</Alert>
      </Stack>
    );
  if (!loaded.model || !projection)
    return (
      <Stack>
        {header}
        <Group>
          <Loader size="sm" />
          <Text>{t('plans.simulator.computing')}</Text>
        </Group>
      </Stack>
    );
  const { model, methodology } = loaded;
  const index = indexMethodology(methodology);
  const decimals = methodology.classification.rounding.decimals;
  const current = model.result;
  const currentRankProvince = rankAmong(
    current.roundedScore,
    data.entity.code,
    data.peers.province,
    decimals,
  );
  const currentRankNational = rankAmong(
    current.roundedScore,
    data.entity.code,
    data.peers.national,
    decimals,
  );
  const rankText = (rank: { rank: number; of: number } | null) =>
    rank ? t('plans.simulator.rankOf', rank) : '—';
  const unitNames = new Map(current.units.map((unit) => [unit.unitCode, unit.unitName]));

  const setChange = (key: string, change: SimulatorChange | null) => {
    setPresetNote(null);
    setChanges((previous) => {
      const next = new Map(previous);
      if (change === null) next.delete(key);
      else next.set(key, change);
      return next;
    });
  };
  const applyRaises = (raises: { unitCode: string; indicatorCode: string; raiseBy: number }[]) =>
    setChanges(new Map(raisesToChanges(raises).map((change) => [keyOf(change, 'level'), change])));
  const applyTarget = (target: typeof model.plan.nextCategory) => {
    if (!target) return;
    if (!target.reachable)
      return setPresetNote(t('plans.simulator.unreachable', { max: points(target.maximumScore) }));
    setPresetNote(null);
    applyRaises(target.raises);
  };
  const applyRank = () => {
    const list = rankScope === 'province' ? data.peers.province : data.peers.national;
    const gap = model.plan.gapToRank(
      rankTarget,
      list.map((peer) => ({ id: peer.code, name: peer.name, score: peer.score })),
    );
    if (gap.alreadyThere) return setPresetNote(t('plans.simulator.already'));
    if (!gap.reachable || !gap.plan)
      return setPresetNote(t('plans.simulator.unreachable', { max: points(gap.plan?.maximumScore ?? 0) }));
    setPresetNote(null);
    applyRaises(gap.plan.raises);
  };

  return (
    <Stack>
      {header}
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <FigureCard
          label={t('plans.simulator.current')}
          value={points(current.roundedScore)}
          detail={`${current.classification.category} · ${current.classification.zone}`}
        />
        <FigureCard
          label={t('plans.simulator.projected')}
          value={points(projection.roundedScore)}
          valueTestId="projected-score"
          detail={`${projection.category} · ${projection.zone} (${t('plans.simulator.gain')} ${projection.gain >= 0 ? '+' : ''}${points(projection.gain)})`}
        />
        <FigureCard
          label={t('plans.simulator.rankProvince')}
          value={rankText(projection.rankProvince)}
          detail={rankText(currentRankProvince)}
          detailDimmed
        />
        <FigureCard
          label={t('plans.simulator.rankNational')}
          value={rankText(projection.rankNational)}
          detail={rankText(currentRankNational)}
          detailDimmed
        />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {data.peers.year === null
          ? t('plans.simulator.noPeers')
          : t('plans.simulator.peersYear', { year: data.peers.year })}
      </Text>
      <Card withBorder>
        <Stack gap="xs">
          <Text fw={600}>{t('plans.simulator.presets')}</Text>
          <Group>
            {model.plan.nextCategory && (
              <Button variant="light" onClick={() => applyTarget(model.plan.nextCategory)}>
                {t('plans.simulator.nextCategory', { category: model.plan.nextCategory.category })}
              </Button>
            )}
            {model.plan.nextZone && (
              <Button variant="light" onClick={() => applyTarget(model.plan.nextZone)}>
                {t('plans.simulator.nextZone', { zone: model.plan.nextZone.zone })}
              </Button>
            )}
            <Button
              variant="subtle"
              onClick={() => {
                setChanges(new Map());
                setPresetNote(null);
              }}
            >
              {t('plans.simulator.reset')}
            </Button>
          </Group>
          <Group align="flex-end">
            <NumberInput
              label={t('plans.simulator.rankTarget')}
              min={1}
              value={rankTarget}
              onChange={(value) => setRankTarget(Math.max(1, Number(value) || 1))}
              w={120}
            />
            <SegmentedControl
              aria-label={t('plans.simulator.rankScope')}
              value={rankScope}
              onChange={(value) => setRankScope(value === 'national' ? 'national' : 'province')}
              data={[
                { value: 'province', label: t('plans.simulator.scopeProvince') },
                { value: 'national', label: t('plans.simulator.scopeNational') },
              ]}
            />
            <Button onClick={applyRank}>{t('plans.simulator.applyRank')}</Button>
          </Group>
          {presetNote && <Text role="status">{presetNote}</Text>}
          <Text size="sm" c="dimmed">
            {t('plans.simulator.changes', { count: changes.size })}
          </Text>
        </Stack>
      </Card>
      <Title order={2} size="h3">
        {t('plans.simulator.indicators')}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plans.simulator.unit')}</Table.Th>
              <Table.Th>{t('plans.simulator.indicator')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {model.plan.opportunities.slice(0, shown).map((item) => {
              const entry = index.indicators.get(item.indicatorCode);
              const unit = unitNames.get(item.unitCode) ?? item.unitName;
              const levelKey = keyOf(item, 'level');
              const evidenceKey = keyOf(item, 'evidence');
              const chosen = changes.get(levelKey);
              const unitAnswers = loaded.answers.units.find((candidate) => candidate.code === item.unitCode);
              const lacksEvidence =
                entry !== undefined &&
                entry.indicator.evidence.rule !== 'not-required' &&
                (unitAnswers?.answers.some(
                  (answer) => answer.indicator === item.indicatorCode && !answer.evidence?.length,
                ) ??
                  false);
              return (
                <Table.Tr key={levelKey}>
                  <Table.Td>{unit}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {item.indicatorCode}
                    </Text>
                    <Text size="sm">{language === 'en' ? item.text.en : item.text.id}</Text>
                    <Badge variant="light" mt={4}>
                      {t('plans.simulator.toTop', { points: points(item.gainToTop) })}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      <Select
                        aria-label={t('plans.simulator.level', { indicator: item.indicatorCode, unit })}
                        placeholder={t('plans.simulator.unchanged')}
                        clearable
                        w={150}
                        data={(entry?.scale.values ?? []).map(String)}
                        value={chosen && 'setLevel' in chosen ? String(chosen.setLevel) : null}
                        onChange={(value) =>
                          setChange(
                            levelKey,
                            value === null
                              ? null
                              : {
                                  unitCode: item.unitCode,
                                  indicatorCode: item.indicatorCode,
                                  setLevel: Number(value),
                                },
                          )
                        }
                      />
                      {chosen && 'raiseBy' in chosen && <Badge color="teal">+{chosen.raiseBy}</Badge>}
                      {lacksEvidence && (
                        <Switch
                          size="xs"
                          label={t('plans.simulator.addEvidence', { indicator: item.indicatorCode, unit })}
                          checked={changes.has(evidenceKey)}
                          onChange={(event) =>
                            setChange(
                              evidenceKey,
                              event.currentTarget.checked
                                ? {
                                    unitCode: item.unitCode,
                                    indicatorCode: item.indicatorCode,
                                    addEvidence: true,
                                  }
                                : null,
                            )
                          }
                        />
                      )}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shown < model.plan.opportunities.length && (
        <Button variant="subtle" onClick={() => setShown((count) => count + 25)}>
          {t('plans.simulator.showMore')}
        </Button>
      )}
      <Group>
        <PlanLinkButton code={code} to="plan" variant="light">
          {t('plans.plan.listTitle')}
        </PlanLinkButton>
      </Group>
    </Stack>
  );
}
