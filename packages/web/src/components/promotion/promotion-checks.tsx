import { Button, List, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PromotionCheck } from '../../api/types';
import { CheckCircleIcon, XCircleIcon } from '../icons';
import { usePromotionWords } from './promotion-words';

/**
 * A person's kenaikan pangkat checks, each with its rule and its reason in words; met or not is
 * said, not only shown by the icon. `collapsible`: only the unmet ones until the reader asks.
 */
export function PromotionChecks({
  checks,
  name,
  collapsible = false,
}: {
  checks: readonly PromotionCheck[];
  /** Whose checks, naming the list and its toggle in a list of many people. */
  name?: string;
  collapsible?: boolean;
}) {
  const { t } = useTranslation('promotion');
  const words = usePromotionWords();
  const id = useId();
  const [all, setAll] = useState(!collapsible);
  const unmet = checks.filter((check) => !check.met);
  const shown = all ? checks : unmet;
  return (
    <Stack gap={4} id={id}>
      {!all && unmet.length === 0 && (
        <Text size="sm" c="teal.9">
          {t('checks.allMet')}
        </Text>
      )}
      {shown.length > 0 && (
        <List
          spacing={6}
          size="sm"
          center={false}
          aria-label={name ? t('checks.labelOf', { name }) : t('checks.label')}
        >
          {shown.map((check) => (
            <List.Item
              key={check.rule}
              icon={
                check.met ? (
                  <CheckCircleIcon size={18} color="var(--mantine-color-teal-8)" />
                ) : (
                  <XCircleIcon size={18} color="var(--mantine-color-red-8)" />
                )
              }
            >
              <Text span size="sm" fw={600}>
                <VisuallyHidden component="span">
                  {check.met ? t('checks.met') : t('checks.unmet')}:{' '}
                </VisuallyHidden>
                {t(`rule.${check.rule}`)}
              </Text>
              <Text span size="sm">
                {' — '}
                {words.check(check)}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {collapsible && unmet.length < checks.length && (
        <Button
          variant="subtle"
          size="compact-xs"
          style={{ alignSelf: 'flex-start' }}
          aria-expanded={all}
          aria-controls={id}
          aria-label={
            name ? (all ? t('checks.hideOf', { name }) : t('checks.showAllOf', { name })) : undefined
          }
          onClick={() => setAll(!all)}
        >
          {all ? t('checks.hide') : t('checks.showAll')}
        </Button>
      )}
    </Stack>
  );
}
