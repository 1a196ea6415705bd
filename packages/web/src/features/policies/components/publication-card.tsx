import { Anchor, Card, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PolicyDetail } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useSetPublication } from '../api/publication';

/**
 * Whether citizens read the policy on the government's transparency page: a switch for those who
 * may publish it (admins; an adopted text is needed), the page's link while it is published.
 */
export function PublicationCard({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  const publication = useSetPublication(policy.id);
  const notify = useNotify();
  const published = policy.publicSince !== null;
  if (!policy.canPublish && !published) return null;
  const hasAdopted = policy.versions.some((v) => v.status === 'adopted');
  return (
    <Card withBorder radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('publication.title')}
        </Title>
        <Text size="sm" c={published ? undefined : 'dimmed'}>
          {published
            ? t('publication.published', { date: format.timestamp(policy.publicSince) })
            : hasAdopted
              ? t('publication.notPublished')
              : t('publication.needsAdopted')}
        </Text>
        {policy.canPublish && (
          <Switch
            label={t('publication.toggle')}
            checked={published}
            disabled={publication.isPending}
            onChange={(event) => {
              const next = event.currentTarget.checked;
              publication.mutate(next, {
                onSuccess: () =>
                  notify({
                    color: 'teal',
                    message: next ? t('publication.done') : t('publication.withdrawn'),
                  }),
              });
            }}
          />
        )}
        {publication.isError && <ErrorAlert error={publication.error} />}
        {policy.publicPage && (
          <Anchor href={policy.publicPage} target="_blank" size="sm">
            {t('publication.openPage')}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}
