import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { hasPermission, useMe } from '../../../lib/session';
import { TenantOverview } from '../components/tenant-overview';
import { WelcomeCard } from '../components/welcome-card';

export function DashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  // Every ASN holds the pegawai role; their home is their own record, not the tenant's figures.
  const showFigures = hasPermission(me, 'dashboard.read') && me.role !== 'pegawai';

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle title={t('dashboard.title')} />
        {showFigures && (
          <Text c="dimmed">
            {me.scopeUnit
              ? t('dashboard.scopeUnit', { unit: me.scopeUnit.name })
              : t('dashboard.scopeTenant', { tenant: me.tenant.name })}
          </Text>
        )}
      </Stack>
      {showFigures ? <TenantOverview /> : <WelcomeCard me={me} />}
    </Stack>
  );
}
