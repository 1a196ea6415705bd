import { Button, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { SkpDetail } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useSaveExpectations } from '../api/performance';
import { expectationRows, expectationsBody, SKP_LIMITS } from './performance-values';

/**
 * Ekspektasi perilaku kerja: what the appraiser expects of the employee's behaviour, set by the
 * appraiser until the SKP is agreed; everyone else reads them.
 */
export function SkpExpectations({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation('performance');
  return (
    <Stack gap="sm" component="section" aria-labelledby="skp-expectations">
      <Title order={2} size="h4" id="skp-expectations">
        {t('expectations.title')}
      </Title>
      {skp.may.editExpectations ? (
        <ExpectationsEditor skp={skp} />
      ) : skp.expectations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('expectations.none')}
        </Text>
      ) : (
        <List type="ordered" size="sm" spacing={6}>
          {skp.expectations.map((expectation) => (
            <List.Item key={expectation.id} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {expectation.text}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

type Row = { text: string; key: string };

function ExpectationsEditor({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation('performance');
  const notify = useNotify();
  const save = useSaveExpectations(skp.id);
  const rowsOf = (of: Pick<SkpDetail, 'expectations'>) =>
    expectationRows(of).map((row) => ({ ...row, key: randomId() }));
  const form = useForm<{ expectations: Row[] }>({ initialValues: { expectations: rowsOf(skp) } });
  const rows = form.values.expectations;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        save.mutate(expectationsBody(values.expectations), {
          onSuccess: (saved) => {
            notify({ color: 'teal', message: t('expectations.saved') });
            form.setValues({ expectations: rowsOf(saved) });
            form.resetDirty();
          },
          onError: (error) => form.setErrors(serverFieldErrors(error)),
        }),
      )}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('expectations.help')}
        </Text>
        {save.isError && <ErrorAlert error={save.error} />}
        {rows.map((row, index) => (
          <Stack key={row.key} gap={4}>
            <Textarea
              label={t('expectations.row', { number: index + 1 })}
              autosize
              minRows={2}
              maxLength={SKP_LIMITS.text}
              {...form.getInputProps(`expectations.${index}.text`)}
            />
            <Button
              variant="subtle"
              color="red"
              size="xs"
              style={{ alignSelf: 'flex-start' }}
              aria-label={t('expectations.removeNamed', { number: index + 1 })}
              onClick={() => form.removeListItem('expectations', index)}
            >
              {t('expectations.remove')}
            </Button>
          </Stack>
        ))}
        <Group gap="xs">
          {rows.length < SKP_LIMITS.expectations && (
            <Button
              variant="default"
              w={{ base: '100%', xs: 'auto' }}
              onClick={() => form.insertListItem('expectations', { text: '', key: randomId() })}
            >
              {t('expectations.add')}
            </Button>
          )}
          <Button type="submit" w={{ base: '100%', xs: 'auto' }} loading={save.isPending}>
            {t('expectations.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
