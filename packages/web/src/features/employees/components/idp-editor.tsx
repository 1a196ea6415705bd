import { DEVELOPMENT_PATH_CODES, type DevelopmentPath } from '@jenjang/domain/competency/development-paths';
import { Button, Group, NumberInput, Paper, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Idp, IdpItem } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { PolicyCitation, PolicySelect } from '../../../components/policy-select';
import { usePathName } from '../../../lib/development-paths';
import { competencyOptions, useCompetencyDictionary } from '../../../lib/get-competency-dictionary';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useUpdateIdp } from '../api/idp';

interface Row {
  key: string;
  competencyId: number | null;
  competency: string | null;
  activity: string;
  pathCode: string;
  jp: number | string;
  dueOn: string;
  completedOn: string;
  policyId: number | null;
}

const rowOf = (item: IdpItem): Row => ({
  key: String(item.id),
  competencyId: item.competency?.id ?? null,
  competency: item.competency ? `${item.competency.code} · ${item.competency.name}` : null,
  activity: item.activity,
  pathCode: item.pathCode,
  jp: item.jp,
  dueOn: item.dueOn ?? '',
  completedOn: item.completedOn ?? '',
  policyId: item.policyId,
});

/**
 * The IDP's activities as a form: every field while a draft; only each activity's completion date
 * once in progress (the server refuses more). Saved as a whole (PUT replaces the list).
 */
export function IdpEditor({ employeeId, idp }: { employeeId: number; idp: Idp }) {
  const { t } = useTranslation('development');
  const notify = useNotify();
  const pathName = usePathName();
  const update = useUpdateIdp(employeeId, idp.year);
  const draft = idp.state === 'draft';
  const dictionary = useCompetencyDictionary(draft);
  const form = useForm<{ note: string; rows: Row[] }>({
    initialValues: { note: idp.note ?? '', rows: idp.items.map(rowOf) },
    validate: {
      rows: {
        activity: (value) => (value.trim() ? null : t('item.required')),
        jp: (value) => (value === '' || Number(value) <= 0 ? t('item.positive') : null),
      },
    },
  });
  const submit = (values: { note: string; rows: Row[] }) =>
    update.mutate(
      {
        note: values.note.trim() || null,
        items: values.rows.map((row) => ({
          competencyId: row.competencyId,
          activity: row.activity.trim(),
          pathCode: row.pathCode as DevelopmentPath,
          jp: Number(row.jp),
          dueOn: row.dueOn || null,
          completedOn: row.completedOn || null,
          policyId: row.policyId,
        })),
      },
      {
        onSuccess: () => notify({ color: 'teal', message: t('idp.saved') }),
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );
  const competencies = competencyOptions(dictionary.data?.items);
  const paths = DEVELOPMENT_PATH_CODES.map((code) => ({ value: code, label: pathName(code) }));
  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="sm">
        {update.isError && <ErrorAlert error={update.error} />}
        {form.values.rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('idp.empty')}
          </Text>
        )}
        <Stack
          gap="sm"
          component="ol"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('idp.caption', { year: idp.year })}
        >
          {form.values.rows.map((row, index) => {
            const n = index + 1;
            const label = t('idp.activity', { n });
            return (
              <Paper component="li" key={row.key} withBorder radius="md" p="sm">
                <Stack gap="xs">
                  <Text size="sm" fw={600}>
                    {draft ? label : row.activity}
                  </Text>
                  {!draft && row.competency && (
                    <Text size="xs" c="dimmed">
                      {row.competency}
                    </Text>
                  )}
                  {!draft && row.policyId !== null && (
                    <Text size="xs">
                      <PolicyCitation policyId={row.policyId} />
                    </Text>
                  )}
                  {draft ? (
                    <>
                      <TextInput
                        label={t('idp.col.activity')}
                        required
                        maxLength={300}
                        {...form.getInputProps(`rows.${index}.activity`)}
                      />
                      <Select
                        label={t('idp.col.competency')}
                        placeholder={t('item.competencyNone')}
                        searchable
                        clearable
                        clearButtonProps={{ 'aria-label': t('idp.clearCompetency', { n }) }}
                        data={competencies}
                        comboboxProps={{ width: 'target', position: 'bottom-start' }}
                        value={row.competencyId === null ? null : String(row.competencyId)}
                        onChange={(value) =>
                          form.setFieldValue(
                            `rows.${index}.competencyId`,
                            value === null ? null : Number(value),
                          )
                        }
                        error={form.errors[`rows.${index}.competencyId`]}
                      />
                      <Group grow align="flex-start" wrap="wrap">
                        <Select
                          label={t('idp.col.path')}
                          allowDeselect={false}
                          searchable
                          data={paths}
                          miw={200}
                          comboboxProps={{ width: 'target', position: 'bottom-start' }}
                          {...form.getInputProps(`rows.${index}.pathCode`)}
                        />
                        <NumberInput
                          label={t('idp.col.jp')}
                          required
                          min={0}
                          decimalScale={2}
                          miw={100}
                          {...form.getInputProps(`rows.${index}.jp`)}
                        />
                        <TextInput
                          type="date"
                          label={t('idp.col.dueOn')}
                          miw={160}
                          {...form.getInputProps(`rows.${index}.dueOn`)}
                        />
                      </Group>
                      <PolicySelect
                        value={row.policyId}
                        onChange={(policyId) => form.setFieldValue(`rows.${index}.policyId`, policyId)}
                        error={form.errors[`rows.${index}.policyId`]}
                      />
                      <Group justify="flex-end">
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          onClick={() => form.removeListItem('rows', index)}
                        >
                          {t('idp.removeActivity', { n })}
                        </Button>
                      </Group>
                    </>
                  ) : (
                    <>
                      <Text size="sm">
                        {pathName(row.pathCode as DevelopmentPath)} · {t('jp.jpValue', { jp: row.jp })}
                      </Text>
                      <TextInput
                        type="date"
                        label={t('idp.completedLabel', { activity: row.activity })}
                        maw={260}
                        {...form.getInputProps(`rows.${index}.completedOn`)}
                      />
                    </>
                  )}
                </Stack>
              </Paper>
            );
          })}
        </Stack>
        {draft && (
          <>
            <Group>
              <Button
                variant="default"
                size="sm"
                onClick={() =>
                  form.insertListItem('rows', {
                    key: `new-${Date.now()}`,
                    competencyId: null,
                    competency: null,
                    activity: '',
                    pathCode: 'KL03',
                    jp: 8,
                    dueOn: '',
                    completedOn: '',
                    policyId: null,
                  } satisfies Row)
                }
              >
                {t('idp.addActivity')}
              </Button>
            </Group>
            <Textarea
              label={t('idp.note')}
              autosize
              minRows={2}
              maxLength={2000}
              {...form.getInputProps('note')}
            />
          </>
        )}
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('idp.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
