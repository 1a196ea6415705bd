import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CardItem, CardList } from '../../../components/card-list';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink, ButtonLink } from '../../../components/router-links';
import { formatDeadline } from '../../../lib/format';
import { useMySurveys } from '../../../lib/get-my-surveys';
import { useFormat } from '../../../lib/use-format';
import { waitingSurveys } from './home-data';
import { HomeSection } from './home-section';

/**
 * The surveys waiting for the signed-in employee's answer, each with its deadline and a button.
 * `onlyWhenWaiting`: a leader's or supervisor's home leaves the card out while nothing waits.
 */
export function WaitingCard({ onlyWhenWaiting = false }: { onlyWhenWaiting?: boolean }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const query = useMySurveys();
  if (onlyWhenWaiting && (!query.data || waitingSurveys(query.data.items).waiting.length === 0)) return null;
  return (
    <HomeSection
      title={t('waiting.title')}
      testId="home-waiting"
      action={
        <AnchorLink to="/my-surveys" size="sm">
          {t('waiting.all')}
        </AnchorLink>
      }
    >
      <QueryContent query={query}>
        {(data) => {
          const { waiting, answered } = waitingSurveys(data.items);
          return (
            <>
              {waiting.length === 0 ? (
                <Text size="sm">{t('waiting.none')}</Text>
              ) : (
                <CardList label={t('waiting.title')} busy={false}>
                  {waiting.map((survey) => (
                    <CardItem key={survey.waveId}>
                      <Stack gap="xs" align="flex-start">
                        <div>
                          <Title order={3} size="h5">
                            {survey.title}
                          </Title>
                          <Text size="sm" c="dimmed">
                            {survey.label}
                          </Text>
                        </div>
                        <Text size="sm">
                          {t('waiting.closes', {
                            date: formatDeadline(survey.closesAt, format.language, format.timeZone),
                          })}
                        </Text>
                        <ButtonLink
                          to="/my-surveys/$waveId"
                          params={{ waveId: String(survey.waveId) }}
                          aria-label={t('waiting.answerNamed', { title: survey.title })}
                          w={{ base: '100%', sm: 'auto' }}
                        >
                          {t('waiting.answer')}
                        </ButtonLink>
                      </Stack>
                    </CardItem>
                  ))}
                </CardList>
              )}
              {answered > 0 && (
                <Text size="sm" c="dimmed">
                  {t('waiting.answered', { count: answered })}
                </Text>
              )}
            </>
          );
        }}
      </QueryContent>
    </HomeSection>
  );
}
