import { Button, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { MentoringPairDetail } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ErrorAlert } from '../../../components/error-alert';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useWriteReflection } from '../api/mentoring';
import { MENTORING_SIDES } from './mentoring-values';

const SCALE = ['1', '2', '3', '4', '5'] as const;

/** Both sides' closing reflections, and the reader's own to write once the mentoring is over. */
export function PairReflections({ pair }: { pair: MentoringPairDetail }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const writes = pair.side !== null && pair.reflectionOpen;
  return (
    <Stack gap="sm" component="section" aria-labelledby="pair-reflections">
      <Title order={2} size="h4" id="pair-reflections">
        {t('mentoring.reflections.title')}
      </Title>
      {!pair.reflectionOpen && (
        <Text size="sm" c="dimmed">
          {t('mentoring.reflections.notYet', { day: format.date(pair.scheme.endsOn) })}
        </Text>
      )}
      {pair.reflectionList.length > 0 && (
        <CardList label={t('mentoring.reflections.title')} busy={false}>
          {MENTORING_SIDES.flatMap((side) =>
            pair.reflectionList
              .filter((r) => r.author === side)
              .map((r) => (
                <CardItem key={side}>
                  <Stack gap={4}>
                    <Group justify="space-between" gap="xs">
                      <Text size="sm" fw={600}>
                        {t(`mentoring.reflections.by.${side}`, {
                          name: side === 'mentor' ? pair.mentor.name : pair.mentee.name,
                        })}
                      </Text>
                      <Text size="sm">
                        {t('mentoring.reflections.usefulnessValue', { value: r.usefulness })}
                      </Text>
                    </Group>
                    <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                      {r.text}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {format.timestamp(r.writtenAt)}
                    </Text>
                  </Stack>
                </CardItem>
              )),
          )}
        </CardList>
      )}
      {pair.reflectionOpen && pair.reflectionList.length === 0 && !writes && (
        <Text size="sm" c="dimmed">
          {t('mentoring.reflections.none')}
        </Text>
      )}
      {writes && <ReflectionForm pair={pair} />}
    </Stack>
  );
}

interface Values {
  text: string;
  usefulness: string;
}

function ReflectionForm({ pair }: { pair: MentoringPairDetail }) {
  const { t } = useTranslation('programs');
  const notify = useNotify();
  const write = useWriteReflection(pair.id);
  const own = pair.reflectionList.find((r) => r.author === pair.side);
  const form = useForm<Values>({
    initialValues: { text: own?.text ?? '', usefulness: own ? String(own.usefulness) : '' },
    validate: {
      text: (value) => (value.trim() ? null : t('form.required')),
      usefulness: (value) => (value ? null : t('form.required')),
    },
  });
  const submit = (values: Values) =>
    write.mutate(
      { text: values.text.trim(), usefulness: Number(values.usefulness) },
      {
        onSuccess: () => notify({ color: 'teal', message: t('mentoring.reflections.saved') }),
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );
  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="sm">
        {write.isError && <ErrorAlert error={write.error} />}
        <Textarea
          label={own ? t('mentoring.reflections.editLabel') : t('mentoring.reflections.label')}
          description={t('mentoring.reflections.help')}
          required
          autosize
          minRows={3}
          maxLength={3000}
          {...form.getInputProps('text')}
        />
        <Radio.Group
          label={t('mentoring.reflections.usefulness')}
          description={t('mentoring.reflections.usefulnessHelp')}
          required
          {...form.getInputProps('usefulness')}
        >
          <Group gap="md" mt="xs">
            {SCALE.map((value) => (
              <Radio key={value} value={value} label={t(`mentoring.reflections.scale.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Button
          type="submit"
          w={{ base: '100%', xs: 'auto' }}
          style={{ alignSelf: 'flex-start' }}
          loading={write.isPending}
        >
          {own ? t('mentoring.reflections.update') : t('mentoring.reflections.submit')}
        </Button>
      </Stack>
    </form>
  );
}
