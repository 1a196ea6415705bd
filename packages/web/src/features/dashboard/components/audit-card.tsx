import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/router-links';
import { HomeSection } from './home-section';

/** An auditor's way in: the audit log, from the home page. */
export function AuditCard() {
  const { t } = useTranslation('dashboard');
  return (
    <HomeSection title={t('audit.title')} testId="home-audit">
      <Text size="sm">{t('audit.body')}</Text>
      <ButtonLink to="/audit" style={{ alignSelf: 'flex-start' }} w={{ base: '100%', sm: 'auto' }}>
        {t('audit.open')}
      </ButtonLink>
    </HomeSection>
  );
}
