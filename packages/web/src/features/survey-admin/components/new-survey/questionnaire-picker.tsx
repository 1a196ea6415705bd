import { localized } from '@jenjang/domain/surveys/instrument.rules';
import { Group, Radio, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../../components/empty-state';
import { ErrorAlert } from '../../../../components/error-alert';
import { useFormat } from '../../../../lib/use-format';
import { useInstruments } from '../../api/get-instruments';
import { useSurveyTemplates } from '../../api/get-survey-templates';
import { useSurveyLabels } from '../survey-labels';
import { instrumentValue, templateValue } from './new-survey-values';

export interface PickedQuestionnaire {
  value: string;
  kind: string;
  title: string;
}

interface PickerProps {
  value: string | null;
  onChange: (picked: PickedQuestionnaire) => void;
  error?: ReactNode;
}

/** Step 1: a shipped template (copied for the government to edit) or one of its own questionnaires. */
export function QuestionnairePicker({ value, onChange, error }: PickerProps) {
  const { t } = useTranslation('surveyAdmin');
  const format = useFormat();
  const labels = useSurveyLabels();
  const templates = useSurveyTemplates();
  const instruments = useInstruments();
  const ownItems = instruments.data?.items ?? [];

  return (
    <Tabs defaultValue={value?.startsWith('i:') ? 'own' : 'templates'} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="templates">{t('new.questionnaire.templatesTab')}</Tabs.Tab>
        <Tabs.Tab value="own">{t('new.questionnaire.ownTab')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="templates" pt="md">
        {templates.isPending && <Skeleton h={200} />}
        {templates.isError && <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />}
        {templates.data && (
          <Radio.Group
            label={t('new.questionnaire.templatesLabel')}
            description={t('new.questionnaire.templatesHint')}
            value={value?.startsWith('t:') ? value : null}
            onChange={(next) => {
              const template = templates.data.items.find((item) => templateValue(item.key) === next);
              if (template)
                onChange({
                  value: next,
                  kind: template.kind,
                  title: localized(template.title, format.language),
                });
            }}
            error={error}
          >
            <Stack gap="sm" mt="xs">
              {templates.data.items.map((template) => (
                <ChoiceCard
                  key={template.key}
                  value={templateValue(template.key)}
                  title={localized(template.title, format.language)}
                  body={template.description ? localized(template.description, format.language) : null}
                  meta={`${labels.kind(template.kind)} · ${t('new.questionnaire.questionCount', {
                    count: template.questionCount,
                  })}`}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
      </Tabs.Panel>
      <Tabs.Panel value="own" pt="md">
        {instruments.isPending && <Skeleton h={120} />}
        {instruments.isError && (
          <ErrorAlert error={instruments.error} onRetry={() => void instruments.refetch()} />
        )}
        {instruments.data && ownItems.length === 0 && (
          <EmptyMessage title={t('new.questionnaire.ownEmpty')}>
            {t('new.questionnaire.ownEmptyBody')}
          </EmptyMessage>
        )}
        {ownItems.length > 0 && (
          <Radio.Group
            label={t('new.questionnaire.ownLabel')}
            description={t('new.questionnaire.ownHint')}
            value={value?.startsWith('i:') ? value : null}
            onChange={(next) => {
              const instrument = ownItems.find((item) => instrumentValue(item.id) === next);
              if (instrument) onChange({ value: next, kind: instrument.kind, title: instrument.title });
            }}
            error={error}
          >
            <Stack gap="sm" mt="xs">
              {ownItems.map((instrument) => (
                <ChoiceCard
                  key={instrument.id}
                  value={instrumentValue(instrument.id)}
                  title={instrument.title}
                  body={null}
                  meta={[
                    labels.kind(instrument.kind),
                    t('new.questionnaire.version', { version: instrument.version }),
                    t('new.questionnaire.usedBy', { count: instrument.surveyCount }),
                  ].join(' · ')}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
      </Tabs.Panel>
    </Tabs>
  );
}

function ChoiceCard({
  value,
  title,
  body,
  meta,
}: {
  value: string;
  title: string;
  body: string | null;
  meta: string;
}) {
  return (
    <Radio.Card value={value} radius="md" p="md">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator mt={2} />
        <Stack gap={2} miw={0}>
          <Text fw={600}>{title}</Text>
          {body && (
            <Text size="sm" lineClamp={2}>
              {body}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {meta}
          </Text>
        </Stack>
      </Group>
    </Radio.Card>
  );
}
