import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TalentSettingsSource } from '../../api/types';
import { useFormat } from '../../lib/use-format';
import { AnchorLink } from '../router-links';

/**
 * Whose talent-mapping settings placed a year (or are in force): a policy's version, linked to its
 * text, or the defaults, said to be configuration not yet confirmed against a regulation.
 */
export function TalentSource({ source, placed = false }: { source: TalentSettingsSource; placed?: boolean }) {
  const { t } = useTranslation('talent');
  const format = useFormat();
  if (source === null) {
    return (
      <div data-testid="talent-source">
        <Text size="sm">{placed ? t('source.placedDefaults') : t('source.defaults')}</Text>
        <Text size="sm" c="dimmed">
          {t('source.defaultsNote')}
        </Text>
      </div>
    );
  }
  return (
    <Text size="sm" data-testid="talent-source">
      {placed ? t('source.placedLead') : t('source.lead')}{' '}
      <AnchorLink
        to="/policies/$policyId/versions/$versionId"
        params={{ policyId: String(source.policyId), versionId: String(source.versionId) }}
        underline="always"
        inherit
      >
        {t('source.link', { title: source.policyTitle, number: source.versionNumber })}
      </AnchorLink>
      {source.effectiveFrom && ` ${t('source.since', { date: format.date(source.effectiveFrom) })}`}
    </Text>
  );
}
