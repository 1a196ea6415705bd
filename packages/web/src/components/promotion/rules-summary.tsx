import { FUNGSIONAL_LEVELS } from '@jenjang/domain/people/position';
import { EDUCATION_LEVELS } from '@jenjang/domain/talent/education-level';
import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PromotionRules } from '../../api/types';
import { periodDayName, usePromotionWords } from './promotion-words';

/** A government's kenaikan pangkat rules as sentences, one per rule. */
export function RulesSummary({ rules, label }: { rules: PromotionRules; label: string }) {
  const { t, i18n } = useTranslation('promotion');
  const words = usePromotionWords();
  const predikat = t(`predikat.${rules.minimumPredikat}`);
  const set = EDUCATION_LEVELS.filter((level) => rules.educationCeilings[level]);
  const unset = EDUCATION_LEVELS.filter((level) => !rules.educationCeilings[level]);
  const positions = FUNGSIONAL_LEVELS.filter((level) => rules.positionCeilings[level]);
  const months = [...rules.periods].sort((a, b) => a - b);
  const lines = [
    t('summary.years', { count: rules.minYearsInRank }),
    rules.appraisalsConsidered === 0
      ? t('summary.noAppraisals')
      : t('summary.appraisals', { count: rules.appraisalsConsidered, predikat }),
    rules.requireNoActiveSanction ? t('summary.sanction') : t('summary.noSanction'),
    set.length === 0
      ? t('summary.ceilingsNone')
      : t('summary.ceilings', {
          list: words.list(
            set.map((level) =>
              t('summary.ceiling', {
                level: t(`education.${level}`),
                golongan: rules.educationCeilings[level],
              }),
            ),
          ),
        }),
    ...(set.length > 0 && unset.length > 0
      ? [t('summary.ceilingsUnset', { list: words.list(unset.map((level) => t(`education.${level}`))) })]
      : []),
    ...(positions.length === 0
      ? []
      : [
          t('summary.positionCeilings', {
            list: words.list(
              positions.map((level) =>
                t('summary.ceiling', {
                  level: t(`positionLevel.${level}`),
                  golongan: rules.positionCeilings[level],
                }),
              ),
            ),
          }),
        ]),
    t('summary.periods', { list: words.list(months.map((month) => periodDayName(month, i18n.language))) }),
    rules.proposalLeadMonths === 0
      ? t('summary.noLead')
      : t('summary.lead', { count: rules.proposalLeadMonths }),
  ];
  return (
    <List size="sm" spacing={4} aria-label={label}>
      {lines.map((line) => (
        <List.Item key={line}>{line}</List.Item>
      ))}
    </List>
  );
}
