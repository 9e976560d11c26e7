import { Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Marks a value invented for the demo where the published one is unknown. */
export function DemoValueBadge({ note }: { note: string | null }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={note ?? t('portal.demoValueNote')} multiline w={240}>
      <Text
        span
        size="xs"
        c="dimmed"
        fs="italic"
        ml={6}
        data-testid="demo-value"
        style={{ whiteSpace: 'nowrap' }}
      >
        ({t('portal.demoValue')})
      </Text>
    </Tooltip>
  );
}
