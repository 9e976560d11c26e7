import { Anchor, Divider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Sources the portal must credit: region data (ODbL) and the boundary files (MIT). */
export function PortalFooter() {
  const { t } = useTranslation();
  return (
    <Stack gap={2} component="footer" mt="md">
      <Divider mb="xs" />
      <Text size="xs" c="dimmed">
        {t('portal.footer.regions')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('portal.footer.boundaries')}{' '}
        {/* Underlined: inside a sentence, colour alone would not set the link apart (WCAG 1.4.1). */}
        <Anchor href="/geo/README.md" size="xs" underline="always">
          {t('portal.footer.license')}
        </Anchor>
      </Text>
    </Stack>
  );
}
