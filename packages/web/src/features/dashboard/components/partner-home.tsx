import { DataList, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../api/types';
import { ButtonLink } from '../../../components/router-links';
import { useDomainLabels } from '../../../lib/domain-labels';
import { HomeSection } from './home-section';

/**
 * A partner's trainer's home: the way to the batches they teach, and their account. No workforce
 * figure of the government (the server refuses mitra every one).
 */
export function PartnerHome({ me }: { me: Me }) {
  const { t } = useTranslation('dashboard');
  const labels = useDomainLabels();
  const account = [
    { label: t('partner.name'), value: me.displayName },
    { label: t('partner.username'), value: me.username },
    { label: t('partner.role'), value: labels.role(me.role) },
    { label: t('partner.government'), value: me.tenant.name },
  ];
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <div data-testid="home-programs">
        <HomeSection title={t('partner.programsTitle')} testId="home-teaching">
          <Text size="sm">{t('partner.programsBody')}</Text>
          <ButtonLink to="/teaching" style={{ alignSelf: 'flex-start' }}>
            {t('partner.teaching')}
          </ButtonLink>
        </HomeSection>
      </div>
      <HomeSection title={t('partner.account')} testId="home-account">
        <DataList orientation="vertical" withDivider gap="xs">
          {account.map((item) => (
            <DataList.Item key={item.label}>
              <DataList.ItemLabel>{item.label}</DataList.ItemLabel>
              <DataList.ItemValue>{item.value}</DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
        <ButtonLink to="/account/password" variant="default" style={{ alignSelf: 'flex-start' }}>
          {t('partner.changePassword')}
        </ButtonLink>
      </HomeSection>
    </SimpleGrid>
  );
}
