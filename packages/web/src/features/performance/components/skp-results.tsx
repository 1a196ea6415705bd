import { Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { SkpDetail } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ErrorAlert } from '../../../components/error-alert';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useSaveResults } from '../api/performance';
import {
  blankResult,
  type ResultRow,
  resultErrors,
  resultRows,
  resultsBody,
  SKP_LIMITS,
} from './performance-values';

/**
 * Rencana hasil kerja: what the employee plans to achieve in the year, each with its indicator and
 * target. The employee writes them while the SKP is a draft; everyone else reads them.
 */
export function SkpResults({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation('performance');
  return (
    <Stack gap="sm" component="section" aria-labelledby="skp-results">
      <Title order={2} size="h4" id="skp-results">
        {t('results.title')}
      </Title>
      {skp.may.editResults ? (
        <ResultsEditor skp={skp} />
      ) : skp.results.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('results.none')}
        </Text>
      ) : (
        <CardList label={t('results.title')} busy={false}>
          {skp.results.map((result, index) => (
            <CardItem key={result.id}>
              <Stack gap={4}>
                <Text fw={600} size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                  {index + 1}. {result.text}
                </Text>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {t('results.indicator')}: {result.indicator}
                </Text>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {t('results.target')}: {result.target}
                </Text>
              </Stack>
            </CardItem>
          ))}
        </CardList>
      )}
    </Stack>
  );
}

type Row = ResultRow & { key: string };
const withKey = (row: ResultRow): Row => ({ ...row, key: randomId() });

/** The employee's list of results: add and remove rows, then save them all at once. */
function ResultsEditor({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation('performance');
  const notify = useNotify();
  const save = useSaveResults(skp.id);
  const form = useForm<{ results: Row[] }>({
    initialValues: { results: resultRows(skp).map(withKey) },
    validate: (values) =>
      Object.fromEntries(
        Object.entries(resultErrors(values.results)).map(([path, code]) => [
          path,
          code === 'required' ? t('form.required') : t('results.atLeastOne'),
        ]),
      ),
  });
  const rows = form.values.results;
  const submit = (values: { results: Row[] }) =>
    save.mutate(resultsBody(values.results), {
      onSuccess: (saved) => {
        notify({ color: 'teal', message: t('results.saved') });
        form.setValues({ results: resultRows(saved).map(withKey) });
        form.resetDirty();
      },
      onError: (error) => form.setErrors(serverFieldErrors(error)),
    });
  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('results.help')}
        </Text>
        {save.isError && <ErrorAlert error={save.error} />}
        {rows.map((row, index) => (
          <Paper
            key={row.key}
            withBorder
            radius="md"
            p="md"
            role="group"
            aria-label={t('results.row', { number: index + 1 })}
          >
            <Stack gap="xs">
              <Text fw={600} size="sm" aria-hidden="true">
                {t('results.row', { number: index + 1 })}
              </Text>
              <Textarea
                label={t('results.text')}
                autosize
                minRows={2}
                maxLength={SKP_LIMITS.text}
                {...form.getInputProps(`results.${index}.text`)}
              />
              <TextInput
                label={t('results.indicator')}
                maxLength={SKP_LIMITS.indicator}
                {...form.getInputProps(`results.${index}.indicator`)}
              />
              <TextInput
                label={t('results.target')}
                maxLength={SKP_LIMITS.target}
                {...form.getInputProps(`results.${index}.target`)}
              />
              {rows.length > 1 && (
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  style={{ alignSelf: 'flex-start' }}
                  aria-label={t('results.removeNamed', { number: index + 1 })}
                  onClick={() => form.removeListItem('results', index)}
                >
                  {t('results.remove')}
                </Button>
              )}
            </Stack>
          </Paper>
        ))}
        {typeof form.errors.results === 'string' && (
          <Text size="sm" c="red.8" role="alert">
            {form.errors.results}
          </Text>
        )}
        <Group gap="xs">
          {rows.length < SKP_LIMITS.results && (
            <Button
              variant="default"
              w={{ base: '100%', xs: 'auto' }}
              onClick={() => form.insertListItem('results', withKey(blankResult()))}
            >
              {t('results.add')}
            </Button>
          )}
          <Button type="submit" w={{ base: '100%', xs: 'auto' }} loading={save.isPending}>
            {t('results.save')}
          </Button>
        </Group>
        {skp.may.propose && form.isDirty() && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('results.saveBeforePropose')}
          </Text>
        )}
      </Stack>
    </form>
  );
}
