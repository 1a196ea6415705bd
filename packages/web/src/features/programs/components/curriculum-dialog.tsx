import { curriculumJpMismatch } from '@jenjang/domain/programs/curriculum.rules';
import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Curricula, Program } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ArrowDownIcon, ArrowUpIcon, CloseIcon } from '../../../components/icons';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useCurricula, useReviseCurriculum } from '../api/curricula';

interface ModuleValues {
  key: string;
  title: string;
  jp: number | string;
  objectives: { key: string; text: string }[];
}

interface Values {
  modules: ModuleValues[];
  reason: string;
  evidenceBatchIds: string[];
  applyToUnstartedBatches: boolean;
}

const emptyModule = (): ModuleValues => ({
  key: randomId(),
  title: '',
  jp: '',
  objectives: [{ key: randomId(), text: '' }],
});

/**
 * Records the program's first curriculum, or revises it: pre-filled with the current modules (added,
 * removed, reordered; objectives as a list), with the reason and the batches whose evaluation is the
 * evidence. `evidence` pre-selects batches (opened from a batch's evaluation results).
 */
export function CurriculumDialog({
  program,
  curricula,
  evidence = [],
  onClose,
}: {
  program: Program;
  curricula: Curricula;
  evidence?: readonly number[];
  onClose: () => void;
}) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const notify = useNotify();
  const revise = useReviseCurriculum(program.id);
  const current = curricula.items[0];
  const revision = current !== undefined;
  const form = useForm<Values>({
    initialValues: {
      modules: current
        ? current.modules.map((m) => ({
            key: randomId(),
            title: m.title,
            jp: m.jp,
            objectives: m.objectives.map((text) => ({ key: randomId(), text })),
          }))
        : [emptyModule()],
      reason: '',
      evidenceBatchIds: evidence.map(String),
      applyToUnstartedBatches: true,
    },
    validate: {
      modules: {
        title: (value) => (value.trim() ? null : t('form.required')),
        jp: (value) => (value === '' ? t('form.required') : Number(value) > 0 ? null : t('form.positive')),
        objectives: { text: (value) => (value.trim() ? null : t('form.required')) },
      },
      reason: (value) => (revision && !value.trim() ? t('curriculum.dialog.reasonRequired') : null),
    },
  });
  const jpOf = (m: ModuleValues) => (m.jp === '' ? 0 : Number(m.jp));
  const mismatch = curriculumJpMismatch(
    form.values.modules.map((m) => ({ jp: jpOf(m) })),
    program.jp,
  );
  const sum = t('curriculum.dialog.sum', {
    sum: format.number(mismatch?.modulesJp ?? program.jp),
    programJp: format.number(program.jp),
  });
  const submit = (values: Values) => {
    if (mismatch) {
      form.setFieldError(
        'modules',
        t('curriculum.dialog.mismatch', {
          sum: format.number(mismatch.modulesJp),
          programJp: format.number(program.jp),
        }),
      );
      return;
    }
    revise.mutate(
      {
        modules: values.modules.map((m) => ({
          title: m.title.trim(),
          jp: Number(m.jp),
          objectives: m.objectives.map((o) => o.text.trim()),
        })),
        reason: revision ? values.reason.trim() : null,
        evidenceBatchIds: revision ? values.evidenceBatchIds.map(Number) : [],
        previousVersion: current?.version ?? null,
        applyToUnstartedBatches: values.applyToUnstartedBatches,
      },
      {
        onSuccess: (saved) => {
          notify({
            color: 'teal',
            message: t('curriculum.dialog.saved', { version: saved.items[0]?.version ?? 1 }),
          });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );
  };
  const count = form.values.modules.length;
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      size="xl"
      title={
        revision
          ? t('curriculum.dialog.reviseTitle', { version: current.version + 1 })
          : t('curriculum.dialog.newTitle')
      }
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {revise.isError && <ErrorAlert error={revise.error} />}
          <Fieldset legend={t('curriculum.dialog.modules')}>
            <Stack gap="sm">
              <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
                {form.values.modules.map((module, index) => {
                  const n = index + 1;
                  return (
                    <Paper component="li" key={module.key} withBorder p="sm" radius="sm">
                      <Stack gap="xs">
                        <Group justify="space-between" gap="xs">
                          <Text size="sm" fw={600}>
                            {t('curriculum.dialog.module', { n })}
                          </Text>
                          <Group gap={4}>
                            <ActionIcon
                              variant="subtle"
                              size="lg"
                              aria-label={t('curriculum.dialog.moveUp', { n })}
                              disabled={index === 0}
                              onClick={() => form.reorderListItem('modules', { from: index, to: index - 1 })}
                            >
                              <ArrowUpIcon size={18} />
                            </ActionIcon>
                            <ActionIcon
                              variant="subtle"
                              size="lg"
                              aria-label={t('curriculum.dialog.moveDown', { n })}
                              disabled={index === count - 1}
                              onClick={() => form.reorderListItem('modules', { from: index, to: index + 1 })}
                            >
                              <ArrowDownIcon size={18} />
                            </ActionIcon>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              size="lg"
                              aria-label={t('curriculum.dialog.removeModule', { n })}
                              disabled={count <= 1}
                              onClick={() => form.removeListItem('modules', index)}
                            >
                              <CloseIcon size={18} />
                            </ActionIcon>
                          </Group>
                        </Group>
                        <Group align="flex-start" gap="xs" wrap="wrap">
                          <TextInput
                            label={t('curriculum.dialog.title', { n })}
                            required
                            maxLength={200}
                            style={{ flex: '1 1 14rem' }}
                            {...form.getInputProps(`modules.${index}.title`)}
                          />
                          <NumberInput
                            label={t('curriculum.dialog.jp', { n })}
                            required
                            min={0.01}
                            max={2000}
                            decimalScale={2}
                            allowNegative={false}
                            w={120}
                            {...form.getInputProps(`modules.${index}.jp`)}
                          />
                        </Group>
                        <Objectives form={form} index={index} n={n} objectives={module.objectives} />
                      </Stack>
                    </Paper>
                  );
                })}
              </Stack>
              <Button
                variant="default"
                size="xs"
                w="fit-content"
                disabled={count >= 100}
                onClick={() => form.insertListItem('modules', emptyModule())}
              >
                {t('curriculum.dialog.addModule')}
              </Button>
              <Text size="sm" c={mismatch ? 'red.9' : 'teal.9'} aria-live="polite">
                {sum}
              </Text>
              {typeof form.errors.modules === 'string' && (
                <Text size="sm" c="red.9" role="alert">
                  {form.errors.modules}
                </Text>
              )}
            </Stack>
          </Fieldset>
          {revision && (
            <>
              <Textarea
                label={t('curriculum.dialog.reason')}
                description={t('curriculum.dialog.reasonHelp')}
                required
                autosize
                minRows={3}
                maxLength={2000}
                {...form.getInputProps('reason')}
              />
              <MultiSelect
                label={t('curriculum.dialog.evidence')}
                description={t('curriculum.dialog.evidenceHelp')}
                data={program.batches.map((b) => ({
                  value: String(b.id),
                  label: t('curriculum.dialog.batchOption', { name: b.name, from: format.date(b.startsOn) }),
                }))}
                clearable
                clearButtonProps={{ 'aria-label': t('curriculum.dialog.evidenceClear') }}
                maxValues={50}
                {...form.getInputProps('evidenceBatchIds')}
              />
            </>
          )}
          <Checkbox
            label={t('curriculum.dialog.applyToUnstarted')}
            description={t('curriculum.dialog.applyHelp')}
            {...form.getInputProps('applyToUnstartedBatches', { type: 'checkbox' })}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={revise.isPending}>
              {revision ? t('curriculum.dialog.submitRevision') : t('curriculum.dialog.submitFirst')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}

/** The dialog over the program's current curriculum, once it is loaded. */
export function CurriculumRevisionDialog({
  program,
  evidence,
  onClose,
}: {
  program: Program;
  evidence?: readonly number[];
  onClose: () => void;
}) {
  const curricula = useCurricula(program.id);
  if (!curricula.data) return null;
  return (
    <CurriculumDialog program={program} curricula={curricula.data} evidence={evidence} onClose={onClose} />
  );
}

function Objectives({
  form,
  index,
  n,
  objectives,
}: {
  form: UseFormReturnType<Values>;
  index: number;
  n: number;
  objectives: ModuleValues['objectives'];
}) {
  const { t } = useTranslation('programs');
  const path = `modules.${index}.objectives` as const;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('curriculum.objectives')}
      </Text>
      {objectives.map((objective, position) => (
        <Group key={objective.key} align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            aria-label={t('curriculum.dialog.objective', { n: position + 1, module: n })}
            required
            maxLength={500}
            style={{ flex: 1 }}
            {...form.getInputProps(`${path}.${position}.text`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            mt={2}
            aria-label={t('curriculum.dialog.removeObjective', { n: position + 1, module: n })}
            disabled={objectives.length <= 1}
            onClick={() => form.removeListItem(path, position)}
          >
            <CloseIcon size={18} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="subtle"
        size="xs"
        w="fit-content"
        disabled={objectives.length >= 20}
        onClick={() => form.insertListItem(path, { key: randomId(), text: '' })}
      >
        {t('curriculum.dialog.addObjective', { module: n })}
      </Button>
    </Stack>
  );
}
