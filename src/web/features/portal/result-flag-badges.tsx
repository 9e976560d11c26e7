import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The flags a published figure carries wherever it is shown (the demo marker has its own badge). */
const shownFlags = ['not-accepted', 'override', 'corrected'] as const;
const colours = { 'not-accepted': 'orange', override: 'red', corrected: 'blue' } as const;

export function ResultFlagBadges({ flags, note }: { flags: readonly string[]; note: string | null }) {
  const { t } = useTranslation();
  const shown = shownFlags.filter((flag) => flags.includes(flag));
  if (shown.length === 0) return null;
  return (
    <Group gap={4} component="span" display="inline-flex" ml={4}>
      {shown.map((flag) => (
        <Badge
          key={flag}
          size="xs"
          variant="light"
          color={colours[flag]}
          title={note ?? undefined}
          data-flag={flag}
        >
          {t(`portal.flags.${flag}`)}
        </Badge>
      ))}
    </Group>
  );
}
