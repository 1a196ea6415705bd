import { krejcieMorganSample } from '@jenjang/domain/surveys/ikm.rules';
import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaveSummary } from '../../../api/types';
import { useFormat } from '../../../lib/use-format';
import { answeredOf } from '../../../lib/wave-counts';

/**
 * Responses of a wave: against the invited for an employee survey (with a bar of the response
 * rate), against the Krejcie–Morgan minimum sample for a public one whose population is known.
 */
export function ResponseProgress({ wave }: { wave: WaveSummary }) {
  const { t } = useTranslation('surveyAdmin');
  const format = useFormat();
  const answered = answeredOf(wave);
  // A reader of a slice gets no counts of the whole wave.
  if (answered === null || wave.responses === null) return null;
  if (wave.invited !== null && wave.invited > 0) {
    const rate = Math.min(1, answered / wave.invited);
    return (
      <Stack gap={4} miw={120}>
        <Text size="sm">
          {t('responses.ofInvited', {
            responses: format.number(answered),
            invited: format.number(wave.invited),
          })}
        </Text>
        <Progress.Root size="sm">
          <Progress.Section
            value={Math.round(rate * 100)}
            color="indigo.7"
            aria-label={t('responses.rate', { rate: format.percent(rate) })}
          />
        </Progress.Root>
      </Stack>
    );
  }
  const minimum = wave.population ? krejcieMorganSample(wave.population) : null;
  return (
    <Stack gap={0}>
      <Text size="sm">
        {t('responses.count', { count: wave.responses, formatted: format.number(wave.responses) })}
      </Text>
      {minimum !== null && (
        <Text size="xs" c="dimmed">
          {t('responses.minimumSample', { minimum: format.number(minimum) })}
        </Text>
      )}
    </Stack>
  );
}
