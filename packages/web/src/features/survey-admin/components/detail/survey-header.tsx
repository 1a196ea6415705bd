import { Alert, Badge, Card, DataList, Group, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyDetail } from '../../../../api/types';
import { ClipboardIcon } from '../../../../components/icons';
import { PageTitle } from '../../../../components/page-title';
import { ButtonLink } from '../../../../components/router-links';
import { useFormat } from '../../../../lib/use-format';
import { ModeBadge } from '../survey-badges';
import { useSurveyLabels } from '../survey-labels';
import { ArchiveActions } from './archive-actions';
import { AudienceSummary } from './audience-summary';

/** Title, mode and kind, then who answers (audience or service) and the group minimum. */
export function SurveyHeader({ survey, canManage }: { survey: SurveyDetail; canManage: boolean }) {
  const { t } = useTranslation('surveyAdmin');
  const labels = useSurveyLabels();
  const format = useFormat();
  const headingId = useId();
  const isPhone = useMediaQuery('(max-width: 35.99em)', false, { getInitialValueInEffect: false });

  return (
    <Stack gap="md">
      <Stack gap="xs">
        <PageTitle title={survey.title} />
        <Group gap="xs">
          <ModeBadge mode={survey.mode} size="md" />
          <Badge size="md" variant="outline" color="gray.7" tt="none">
            {labels.kind(survey.kind)}
          </Badge>
          {survey.archivedAt && (
            <Badge size="md" variant="filled" color="gray.7" tt="none">
              {t('archive.badge')}
            </Badge>
          )}
        </Group>
      </Stack>
      {survey.archivedAt && (
        <Alert color="gray" variant="light" title={t('archive.archivedTitle')}>
          {t('archive.archivedBody', { date: format.timestamp(survey.archivedAt) })}
        </Alert>
      )}
      {canManage && survey.canManage && <ArchiveActions survey={survey} />}
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
        <Group justify="space-between" align="flex-start" gap="sm" mb="sm">
          <Title order={2} size="h4" id={headingId}>
            {t('detail.about')}
          </Title>
          <ButtonLink
            to="/instruments/$instrumentId"
            params={{ instrumentId: String(survey.instrumentId) }}
            variant="default"
            size="xs"
            leftSection={<ClipboardIcon size={14} />}
          >
            {canManage ? t('detail.editQuestionnaire') : t('detail.viewQuestionnaire')}
          </ButtonLink>
        </Group>
        <DataList orientation={isPhone ? 'vertical' : 'horizontal'} labelWidth="12rem" withDivider gap="xs">
          <DataList.Item>
            <DataList.ItemLabel>{t('detail.questionnaire')}</DataList.ItemLabel>
            <DataList.ItemValue>{survey.instrumentTitle}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('detail.modeHelp')}</DataList.ItemLabel>
            <DataList.ItemValue>{labels.modeHelp(survey.mode)}</DataList.ItemValue>
          </DataList.Item>
          {survey.mode === 'public' ? (
            <DataList.Item>
              <DataList.ItemLabel>{t('detail.service')}</DataList.ItemLabel>
              <DataList.ItemValue>
                {survey.serviceName ?? '—'}
                {survey.serviceUnit && (
                  <Text size="xs" c="dimmed">
                    {survey.serviceUnit.name}
                  </Text>
                )}
              </DataList.ItemValue>
            </DataList.Item>
          ) : (
            <DataList.Item>
              <DataList.ItemLabel>{t('detail.audience.label')}</DataList.ItemLabel>
              <DataList.ItemValue>
                {survey.audience ? <AudienceSummary audience={survey.audience} /> : '—'}
              </DataList.ItemValue>
            </DataList.Item>
          )}
          <DataList.Item>
            <DataList.ItemLabel>{t('detail.minGroupSize')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {t('detail.minGroupSizeValue', { k: format.number(survey.minGroupSize) })}
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </Card>
    </Stack>
  );
}
