import { NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types';
import { isActive, NAV_ITEMS } from './nav-items';

export function MainNav({ me, onNavigate }: { me: Me; onNavigate: () => void }) {
  const { t } = useTranslation();
  const pathname = useLocation({ select: (location) => location.pathname });
  const items = NAV_ITEMS.filter((item) => item.visible(me));
  // Only the most specific match is current ('/employees/7' is 'Data saya' for its owner).
  const current = items
    .filter((item) => isActive(item, me, pathname))
    .sort((a, b) => b.href(me).length - a.href(me).length)[0];

  return (
    <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => {
        const Icon = item.icon;
        const active = item.id === current?.id;
        return (
          <li key={item.id}>
            <NavLink
              component={Link}
              to={item.href(me)}
              label={t(item.label)}
              leftSection={<Icon />}
              active={active}
              // The router marks a link current on any address below it too ('/performance' on
              // '/performance/admin'): only the exact address, so that one entry alone reads current.
              activeOptions={{ exact: true }}
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
              variant="light"
            />
          </li>
        );
      })}
    </Stack>
  );
}
