import { Button, Collapse, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PromotionRules } from '../../../api/types';
import { RulesSummary } from '../../../components/promotion/rules-summary';

/** The default rules, on request: with no policy stating any, there is no policy page to read them on. */
export function DefaultRules({ rules }: { rules: PromotionRules }) {
  const { t } = useTranslation('promotion');
  const [opened, { toggle }] = useDisclosure(false);
  const id = useId();
  return (
    <Stack gap={4} align="flex-start">
      <Button variant="subtle" size="compact-sm" onClick={toggle} aria-expanded={opened} aria-controls={id}>
        {opened ? t('source.defaultsHide') : t('source.defaultsShow')}
      </Button>
      <Collapse expanded={opened} id={id}>
        <RulesSummary rules={rules} label={t('source.defaultsLabel')} />
      </Collapse>
    </Stack>
  );
}
