import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types';
import { KeyIcon, LogoutIcon } from '../../components/icons';
import { useLogout } from '../../features/auth/api/logout';
import { useDomainLabels } from '../../lib/domain-labels';

function initials(name: string): string {
  const parts = name
    .replace(/[^\p{L}\s]/gu, ' ')
    .trim()
    .split(/\s+/);
  return (
    (parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')
  ).toUpperCase();
}

export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const logout = useLogout();
  const role = labels.role(me.role);

  return (
    <Menu position="bottom-end" width={260} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu.open', { name: me.displayName, role })}>
          <Group gap="xs" wrap="nowrap">
            <Avatar color="indigo" radius="xl" size="md" aria-hidden="true">
              {initials(me.displayName)}
            </Avatar>
            <div className="user-menu-name">
              <Text size="sm" fw={600} lh={1.2} truncate maw={180}>
                {me.displayName}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {role}
              </Text>
            </div>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">
            {me.displayName}
          </Text>
          <Text size="xs" c="dimmed">
            {role} · {me.tenant.name}
          </Text>
          {me.scopeUnit && (
            <Text size="xs" c="dimmed">
              {me.scopeUnit.name}
            </Text>
          )}
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account/password" leftSection={<KeyIcon />}>
          {t('userMenu.changePassword')}
        </Menu.Item>
        <Menu.Item leftSection={<LogoutIcon />} onClick={() => logout.mutate()}>
          {t('userMenu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
