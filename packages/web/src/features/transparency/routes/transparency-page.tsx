import { Box, Container, Group, Stack, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PublicPolicies } from '../../../api/types';
import { DemoBand } from '../../../components/demo-band';
import { EmptyMessage } from '../../../components/empty-state';
import { LanguageSwitch } from '../../../components/language-switch';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { isApiError } from '../../../lib/api-client';
import { usePublicPolicies } from '../api/get-public-policies';
import { PublicPolicyCard } from '../components/public-policy-card';

/**
 * A government's transparency page (/kebijakan/<slug>), for citizens without an account: the
 * policies it published, each with the adopted text, its dates, consultation periods and PDF.
 */
export function TransparencyPage() {
  const { slug } = useParams({ from: '/kebijakan/$slug' });
  const { t } = useTranslation();
  const { t: tt } = useTranslation('transparency');
  const policies = usePublicPolicies(slug);
  return (
    <Box mih="100dvh" bg="gray.0">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <DemoBand />
      <Box component="header" px="md" py="sm">
        <Group justify="space-between" maw={880} mx="auto">
          <Text fw={700} size="lg" c="indigo.8">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id="main-content" tabIndex={-1} size={880} px="md" py="lg">
        {isApiError(policies.error, 404) ? (
          <Stack gap="md">
            <PageTitle title={tt('notFound')} />
            <Text>{tt('notFoundHelp')}</Text>
          </Stack>
        ) : (
          <QueryContent query={policies} height={320}>
            {(data) => <Policies data={data} slug={slug} />}
          </QueryContent>
        )}
      </Container>
    </Box>
  );
}

function Policies({ data, slug }: { data: PublicPolicies; slug: string }) {
  const { t } = useTranslation('transparency');
  const government = data.government.name;
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <PageTitle title={t('title', { government })} documentTitle={t('documentTitle', { government })} />
        <Text c="dimmed">{t('intro')}</Text>
      </Stack>
      {data.policies.length === 0 ? (
        <EmptyMessage title={t('none')}>{t('noneHelp')}</EmptyMessage>
      ) : (
        data.policies.map((policy) => <PublicPolicyCard key={policy.id} policy={policy} slug={slug} />)
      )}
    </Stack>
  );
}
