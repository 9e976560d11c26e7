import { Avatar, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../contracts/auth.contract';
import { useSignOut } from './auth-mutations';

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}

export function UserMenu({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('auth.menuLabel', { name: user.name })} data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar color="teal" radius="xl" size="sm">
              {initialsOf(user.name)}
            </Avatar>
            {/* The name needs room the header's areas take below 1408 px; the menu names the account there. */}
            <Stack gap={0} visibleFrom="xl">
              <Text size="sm" fw={500} lh={1.2}>
                {user.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {t(`roles.${user.role}`)}
              </Text>
            </Stack>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label hiddenFrom="xl">
          {user.name} · {t(`roles.${user.role}`)}
        </Menu.Label>
        <Menu.Item component={Link} to="/akun">
          {t('auth.myAccount')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={() => signOut.mutate(false)}>{t('auth.signOut')}</Menu.Item>
        <Menu.Item color="red" onClick={() => signOut.mutate(true)}>
          {t('auth.signOutEverywhere')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
