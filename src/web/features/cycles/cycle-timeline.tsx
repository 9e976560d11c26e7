import { Box, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '../../../contracts/cycles.contract';
import { useFormatters } from '../../lib/use-formatters';

/** The phases as bars on one time axis, with a marker for today (server time). */
export function CycleTimeline({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation();
  const dates = useFormatters();
  const first = cycle.phases[0];
  const last = cycle.phases.at(-1);
  if (!first || !last) return null;
  const start = new Date(first.startsAt).getTime();
  const span = Math.max(1, new Date(last.endsAt).getTime() - start);
  const percent = (iso: string) =>
    Math.min(100, Math.max(0, ((new Date(iso).getTime() - start) / span) * 100));
  const now = percent(cycle.now);
  // A cycle is national: its phase days are Jakarta's.
  const format = (iso: string) => dates.date(iso, null, 'medium');
  const current = cycle.status.kind === 'in-phase' ? cycle.status.phase : undefined;
  return (
    <Stack gap={6} aria-label={t('planning.cycles.timeline')} role="list">
      {cycle.phases.map((phase) => {
        const left = percent(phase.startsAt);
        const width = Math.max(1, percent(phase.endsAt) - left);
        const isCurrent = phase.code === current;
        return (
          <Group
            key={phase.code}
            gap="xs"
            wrap="nowrap"
            role="listitem"
            aria-current={isCurrent ? 'step' : undefined}
          >
            <Text size="sm" w={130} fw={isCurrent ? 700 : 400} style={{ flexShrink: 0 }}>
              {t(`planning.phases.${phase.code}`)}
            </Text>
            <Box
              pos="relative"
              h={18}
              style={{ flex: 1, background: 'var(--mantine-color-gray-1)', borderRadius: 4 }}
            >
              <Tooltip
                label={`${format(phase.startsAt)} – ${format(new Date(new Date(phase.endsAt).getTime() - 1).toISOString())}`}
              >
                <Box
                  pos="absolute"
                  top={0}
                  h={18}
                  style={{
                    left: `${left}%`,
                    width: `${width}%`,
                    borderRadius: 4,
                    background: isCurrent ? 'var(--mantine-color-teal-6)' : 'var(--mantine-color-blue-3)',
                  }}
                />
              </Tooltip>
              <Box
                pos="absolute"
                top={-3}
                h={24}
                w={2}
                style={{ left: `${now}%`, background: 'var(--mantine-color-red-7)' }}
                aria-hidden
              />
            </Box>
          </Group>
        );
      })}
      <Text size="xs" c="red.7">
        ▍ {t('planning.cycles.today')}: {format(cycle.now)}
      </Text>
    </Stack>
  );
}
