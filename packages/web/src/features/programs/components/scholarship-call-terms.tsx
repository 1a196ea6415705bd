import { List, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScholarshipCall } from '../../../api/types';
import { useFormat } from '../../../lib/use-format';
import { plannedStudyBond } from './scholarship-values';

/** The words of a bond rule: "Ikatan dinas: 2 × masa studi + 0 bulan". */
export function useBondRuleText() {
  const { t } = useTranslation('programs');
  const format = useFormat();
  return (rule: { factor: number; extraMonths: number }) =>
    t('scholarship.call.bondRule', {
      factor: format.number(rule.factor),
      extra: format.number(rule.extraMonths),
    });
}

/** The call's published terms, as an applicant reads them on a phone. */
export function ScholarshipCallTerms({ call }: { call: ScholarshipCall }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const bondRule = useBondRuleText();
  const rule = { factor: call.bondFactor, extraMonths: call.bondExtraMonths };
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
        <Term label={t('scholarship.call.degree')}>{t(`scholarship.degree.${call.degree}`)}</Term>
        <Term label={t('scholarship.call.institution')}>{call.institution}</Term>
        <Term label={t('scholarship.call.fields')}>{call.fields.join(', ')}</Term>
        <Term label={t('scholarship.call.duration')}>
          {t('scholarship.call.months', { count: call.studyMonths, months: format.number(call.studyMonths) })}
        </Term>
      </SimpleGrid>
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {bondRule(rule)}
        </Text>
        <Text size="sm" c="dimmed">
          {t('scholarship.call.bondExample', {
            months: format.number(call.studyMonths),
            bond: format.number(plannedStudyBond(call.studyMonths, rule)),
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('scholarship.call.reports', {
            count: call.reportMonths,
            months: format.number(call.reportMonths),
          })}
        </Text>
      </Stack>
      {call.requirements && (
        <Term label={t('scholarship.call.requirements')}>
          <Text span size="sm" style={{ whiteSpace: 'pre-line' }}>
            {call.requirements}
          </Text>
        </Term>
      )}
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {t('scholarship.call.documents')}
        </Text>
        {call.documents.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('scholarship.call.noDocuments')}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {call.documents.map((kind) => (
              <List.Item key={kind}>{t(`scholarship.document.${kind}`)}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Stack>
  );
}

function Term({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }} component="div">
        {children}
      </Text>
    </Stack>
  );
}
