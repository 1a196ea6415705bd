import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TalentOverview } from '../../../api/types';
import { AnchorLink } from '../../../components/router-links';
import { TalentSource } from '../../../components/talent/talent-source';
import { useMe } from '../../../lib/session';

/**
 * For a reader the settings in force do not name (a supervisor under the defaults): the policy
 * keeps others' placements from them; their own box is on Kinerja Saya.
 */
export function NoAccess({ overview }: { overview: TalentOverview }) {
  const { t } = useTranslation('talent');
  const me = useMe();
  return (
    <Stack gap="md" data-testid="talent-no-access">
      <Paper withBorder radius="md" p="md">
        <Stack gap="xs">
          <Text fw={600}>{t('noAccess.title')}</Text>
          <Text size="sm">{t('noAccess.text')}</Text>
          {me.employeeId !== null && (
            <AnchorLink to="/performance" hash="my-talent" size="sm" underline="always">
              {t('noAccess.own')}
            </AnchorLink>
          )}
        </Stack>
      </Paper>
      <TalentSource source={overview.current} />
    </Stack>
  );
}
