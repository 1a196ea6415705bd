import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveySummary } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { AnchorLink } from '../../../components/router-links';
import { ClosesAt, LatestWave } from './latest-wave';
import { ResponseProgress } from './response-progress';
import { ModeBadge } from './survey-badges';
import { useSurveyLabels } from './survey-labels';

/** The list on a phone: one card per survey instead of a wide table. */
export function SurveyCards({
  surveys,
  busy,
  label,
}: {
  surveys: SurveySummary[];
  busy: boolean;
  label: string;
}) {
  const { t } = useTranslation('surveyAdmin');
  const labels = useSurveyLabels();
  return (
    <CardList label={label} busy={busy}>
      {surveys.map((survey) => (
        <CardItem key={survey.id}>
          <Stack gap={6}>
            <AnchorLink
              to="/surveys/$surveyId"
              params={{ surveyId: String(survey.id) }}
              fw={600}
              style={{ overflowWrap: 'anywhere' }}
            >
              {survey.title}
            </AnchorLink>
            <Group gap="xs">
              <ModeBadge mode={survey.mode} />
              <Text size="sm" c="dimmed">
                {labels.kind(survey.kind)}
              </Text>
            </Group>
            {survey.serviceName && <Text size="sm">{survey.serviceName}</Text>}
            <LatestWave survey={survey} />
            {survey.latestWave && (
              <>
                <ResponseProgress wave={survey.latestWave} />
                <Group gap={4}>
                  <Text size="sm" c="dimmed">
                    {t('list.closes')}
                  </Text>
                  <ClosesAt survey={survey} />
                </Group>
              </>
            )}
          </Stack>
        </CardItem>
      ))}
    </CardList>
  );
}
