import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PromotionRulesSource } from '../../api/types';
import { useFormat } from '../../lib/use-format';
import { AnchorLink } from '../router-links';

/**
 * Whose kenaikan pangkat rules these are: a policy's version (linked to its text) or, when no
 * policy states any, the defaults, said to be configuration not yet confirmed.
 */
export function RulesSource({
  source,
  against = false,
}: {
  source: PromotionRulesSource;
  /** The rules something is compared with ('Dibandingkan dengan: …'), not the rules in force. */
  against?: boolean;
}) {
  const { t } = useTranslation('promotion');
  const format = useFormat();
  if (source === null) {
    return (
      <div>
        <Text size="sm">{against ? t('source.againstDefaults') : t('source.defaults')}</Text>
        <Text size="sm" c="dimmed">
          {t('source.defaultsNote')}
        </Text>
      </div>
    );
  }
  return (
    <Text size="sm">
      {against ? t('source.against') : t('source.lead')}{' '}
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
