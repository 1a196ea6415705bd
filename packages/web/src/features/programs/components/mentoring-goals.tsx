import { Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { MentoringGoalState, MentoringPairDetail } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ErrorAlert } from '../../../components/error-alert';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useAddGoal, useSetGoalState } from '../api/mentoring';
import { pairAbilities } from './mentoring-values';

const STATE_COLOR = { open: 'blue', achieved: 'teal', dropped: 'gray' } as const;

/** What the pair agreed to work on, each open, achieved or dropped. */
export function PairGoals({ pair }: { pair: MentoringPairDetail }) {
  const { t } = useTranslation('programs');
  const can = pairAbilities(pair);
  const setState = useSetGoalState(pair.id);
  const busy = (goalId: number, state: MentoringGoalState) =>
    setState.isPending && setState.variables?.goalId === goalId && setState.variables.state === state;
  return (
    <Stack gap="sm" component="section" aria-labelledby="pair-goals">
      <Title order={2} size="h4" id="pair-goals">
        {t('mentoring.goals.title')}
      </Title>
      {setState.isError && <ErrorAlert error={setState.error} />}
      {pair.goalList.length === 0 ? (
        <Text size="sm" c="dimmed">
          {can.works ? t('mentoring.goals.noneYet') : t('mentoring.goals.none')}
        </Text>
      ) : (
        <CardList label={t('mentoring.goals.title')} busy={setState.isPending}>
          {pair.goalList.map((goal) => (
            <CardItem key={goal.id}>
              <Stack gap={6}>
                <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {goal.text}
                  </Text>
                  <Badge
                    color={STATE_COLOR[goal.state]}
                    variant="light"
                    autoContrast
                    style={{ flex: 'none' }}
                  >
                    {t(`mentoring.goals.state.${goal.state}`)}
                  </Badge>
                </Group>
                {can.settlesGoals && (
                  <Group gap="xs">
                    {goal.state === 'open' ? (
                      <>
                        <Button
                          size="xs"
                          variant="light"
                          color="teal"
                          aria-label={t('mentoring.goals.achieveNamed', { goal: goal.text })}
                          loading={busy(goal.id, 'achieved')}
                          onClick={() => setState.mutate({ goalId: goal.id, state: 'achieved' })}
                        >
                          {t('mentoring.goals.achieve')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="gray"
                          aria-label={t('mentoring.goals.dropNamed', { goal: goal.text })}
                          loading={busy(goal.id, 'dropped')}
                          onClick={() => setState.mutate({ goalId: goal.id, state: 'dropped' })}
                        >
                          {t('mentoring.goals.drop')}
                        </Button>
                      </>
                    ) : (
                      <Button
                        size="xs"
                        variant="subtle"
                        aria-label={t('mentoring.goals.reopenNamed', { goal: goal.text })}
                        loading={busy(goal.id, 'open')}
                        onClick={() => setState.mutate({ goalId: goal.id, state: 'open' })}
                      >
                        {t('mentoring.goals.reopen')}
                      </Button>
                    )}
                  </Group>
                )}
              </Stack>
            </CardItem>
          ))}
        </CardList>
      )}
      {can.works && pair.goalList.length < 20 && <AddGoalForm pairId={pair.id} />}
    </Stack>
  );
}

function AddGoalForm({ pairId }: { pairId: number }) {
  const { t } = useTranslation('programs');
  const add = useAddGoal(pairId);
  const form = useForm({
    initialValues: { text: '' },
    validate: { text: (value) => (value.trim() ? null : t('form.required')) },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        add.mutate(values.text.trim(), {
          onSuccess: () => form.reset(),
          onError: (error) => form.setErrors(serverFieldErrors(error)),
        }),
      )}
    >
      <Stack gap="xs">
        {add.isError && <ErrorAlert error={add.error} />}
        <TextInput
          label={t('mentoring.goals.new')}
          description={t('mentoring.goals.newHelp')}
          maxLength={500}
          {...form.getInputProps('text')}
        />
        <Button
          type="submit"
          variant="default"
          w={{ base: '100%', xs: 'auto' }}
          style={{ alignSelf: 'flex-start' }}
          loading={add.isPending}
        >
          {t('mentoring.goals.add')}
        </Button>
      </Stack>
    </form>
  );
}
