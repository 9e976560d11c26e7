import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../lib/use-page-title';
import { tourRoles } from './tour-roles';

/** Public page: what each role does in Patuh, with the demo account to try it and links into the demo. */
export function TourPage() {
  const { t } = useTranslation();
  usePageTitle(t('tour.title'));
  return (
    <Stack gap="lg" py="md" maw={1080}>
      <Title order={1}>{t('tour.title')}</Title>
      <Text>{t('tour.intro', { password: 'patuh-demo-2026' })}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {tourRoles.map((role) => (
          <Card
            key={role.key}
            withBorder
            padding="lg"
            component="section"
            aria-labelledby={`tour-${role.key}`}
          >
            <Stack gap="sm">
              <Title order={2} size="h3" id={`tour-${role.key}`}>
                {t(`tour.roles.${role.key}.title`)}
              </Title>
              <Text size="sm">{t(`tour.roles.${role.key}.what`)}</Text>
              {role.email && (
                <Group gap="xs">
                  <Badge variant="light">{t('tour.account')}</Badge>
                  <Anchor href={signInHref(role.email, role.after)}>
                    {t('tour.signInAs', { email: role.email })}
                  </Anchor>
                </Group>
              )}
              <Group gap="md">
                {role.links.map((link) => (
                  <Anchor key={link.href} href={link.href} size="sm">
                    {t(`tour.links.${link.label}`)}
                  </Anchor>
                ))}
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function signInHref(email: string, after: string): string {
  return `/masuk?${new URLSearchParams({ email, redirect: after }).toString()}`;
}
