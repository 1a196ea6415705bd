import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DownloadIcon } from '../../../components/icons';
import { ButtonLink } from '../../../components/router-links';
import { apiHref } from '../../../lib/api-client';

/**
 * For the agency: the year's appraisals as SIASN takes them (annual rw-skp22, periodic kinerja
 * periodik), and the import of SIASN's history into Jenjang.
 */
export function SiasnExchange({ year }: { year: number }) {
  const { t } = useTranslation('performance');
  const href = (layout: 'annual' | 'periodic') =>
    apiHref('/api/v1/performance/export', { query: { year, layout } });
  return (
    <Stack gap="xs">
      <Text size="sm">{t('siasn.intro', { year })}</Text>
      <Group gap="lg">
        <Anchor href={href('annual')} download size="sm">
          <Group gap={6} component="span">
            <DownloadIcon />
            {t('siasn.annual', { year })}
          </Group>
        </Anchor>
        <Anchor href={href('periodic')} download size="sm">
          <Group gap={6} component="span">
            <DownloadIcon />
            {t('siasn.periodic', { year })}
          </Group>
        </Anchor>
      </Group>
      <div>
        <ButtonLink to="/imports/performance-history" variant="default" w={{ base: '100%', xs: 'auto' }}>
          {t('siasn.import')}
        </ButtonLink>
      </div>
    </Stack>
  );
}
