import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MySurvey } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ButtonLink } from '../../../components/router-links';
import { formatDeadline } from '../../../lib/format';
import { useFormat } from '../../../lib/use-format';
import { ModeNote } from './survey-mode';

/** The employee's open surveys, one card each, on every screen size (there are only a few). */
export function MySurveyCards({ surveys }: { surveys: MySurvey[] }) {
  const { t } = useTranslation('surveyTake');
  const format = useFormat();
  return (
    <CardList label={t('mySurveys.listLabel')} busy={false}>
      {surveys.map((survey) => (
        <CardItem key={survey.waveId}>
          <Stack gap="sm">
            <Group justify="space-between" align="flex-start" gap="xs">
              <div>
                <Title order={2} size="h4">
                  {survey.title}
                </Title>
                <Text size="sm" c="dimmed">
                  {survey.label}
                </Text>
              </div>
              <Badge variant="light" color={survey.responded ? 'teal' : 'orange'} w="max-content">
                {survey.responded ? t('mySurveys.answered') : t('mySurveys.notAnswered')}
              </Badge>
            </Group>
            <Text size="sm">
              {t('mySurveys.closes', {
                date: formatDeadline(survey.closesAt, format.language, format.timeZone),
              })}
            </Text>
            <ModeNote mode={survey.mode} />
            <ButtonLink
              to="/my-surveys/$waveId"
              params={{ waveId: String(survey.waveId) }}
              variant={survey.responded ? 'default' : 'filled'}
              aria-label={
                survey.responded
                  ? t('mySurveys.viewNamed', { title: survey.title })
                  : t('mySurveys.answerNamed', { title: survey.title })
              }
              w={{ base: '100%', sm: 'auto' }}
              style={{ alignSelf: 'flex-start' }}
            >
              {survey.responded ? t('mySurveys.view') : t('mySurveys.answer')}
            </ButtonLink>
          </Stack>
        </CardItem>
      ))}
    </CardList>
  );
}
