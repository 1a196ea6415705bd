import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../api/types';
import { ButtonLink } from '../../../components/router-links';
import { useDomainLabels } from '../../../lib/domain-labels';

/** The home page of users who see no tenant figures (every ASN with the pegawai role). */
export function WelcomeCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  return (
    <Card withBorder radius="md" padding="xl" component="section" aria-labelledby="welcome-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="welcome-heading">
          {t('dashboard.welcome.title', { name: me.displayName })}
        </Title>
        <Text c="dimmed">
          {t('dashboard.welcome.subtitle', { role: labels.role(me.role), tenant: me.tenant.name })}
        </Text>
        {me.employeeId !== null ? (
          <>
            <Text>{t('dashboard.welcome.body')}</Text>
            <ButtonLink to="/employees/$employeeId" params={{ employeeId: String(me.employeeId) }}>
              {t('dashboard.welcome.myRecord')}
            </ButtonLink>
          </>
        ) : (
          <Text>{t('dashboard.welcome.noRecord')}</Text>
        )}
      </Stack>
    </Card>
  );
}
