import { Button, Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program, ScholarshipApplicant, ScholarshipCall } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useAwardScholarships } from '../api/scholarships';

/**
 * Tetapkan penerima: the selected applicants to award, their study's first and expected last day
 * (the intake batch's dates unless changed) and the field they study.
 */
export function ScholarshipAwardDialog({
  program,
  call,
  candidates,
  onClose,
}: {
  program: Program;
  call: ScholarshipCall;
  candidates: ScholarshipApplicant[];
  onClose: () => void;
}) {
  const { t } = useTranslation('programs');
  const notify = useNotify();
  const award = useAwardScholarships(program.id);
  const intake = program.batches[0];
  const [chosen, setChosen] = useState<string[]>([]);
  const [startsOn, setStartsOn] = useState(intake?.startsOn ?? '');
  const [expectedEndOn, setExpectedEndOn] = useState(intake?.endsOn ?? '');
  const [field, setField] = useState<string | null>(call.fields[0] ?? null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const server = award.isError ? serverFieldErrors(award.error) : {};
  const all = chosen.length === candidates.length;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (chosen.length === 0) found.applicationIds = t('scholarship.award.pickOne');
    if (!startsOn) found.startsOn = t('form.required');
    if (!expectedEndOn) found.expectedEndOn = t('form.required');
    else if (startsOn && expectedEndOn <= startsOn)
      found.expectedEndOn = t('scholarship.award.endBeforeStart');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    award.mutate(
      { applicationIds: chosen.map(Number), startsOn, expectedEndOn, fieldOfStudy: field },
      {
        onSuccess: () => {
          notify({ color: 'teal', message: t('scholarship.award.done', { count: chosen.length }) });
          onClose();
        },
      },
    );
  };

  return (
    <ResponsiveModal opened onClose={onClose} title={t('scholarship.award.title')} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {award.isError && <ErrorAlert error={award.error} />}
          <Text size="sm">{t('scholarship.award.intro')}</Text>
          <Checkbox
            label={t('scholarship.award.all', { count: candidates.length })}
            checked={all}
            indeterminate={chosen.length > 0 && !all}
            onChange={() => setChosen(all ? [] : candidates.map((c) => String(c.applicationId)))}
          />
          <Checkbox.Group
            label={t('scholarship.award.people')}
            value={chosen}
            onChange={setChosen}
            error={errors.applicationIds ?? server.applicationIds}
          >
            <Stack gap="xs" mt="xs">
              {candidates.map((c) => (
                <Checkbox
                  key={c.applicationId}
                  value={String(c.applicationId)}
                  label={c.employee.name}
                  description={c.employee.unit ?? c.employee.nip}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              type="date"
              label={t('scholarship.award.startsOn')}
              required
              value={startsOn}
              onChange={(e) => setStartsOn(e.currentTarget.value)}
              error={errors.startsOn ?? server.startsOn}
            />
            <TextInput
              type="date"
              label={t('scholarship.award.expectedEndOn')}
              required
              value={expectedEndOn}
              onChange={(e) => setExpectedEndOn(e.currentTarget.value)}
              error={errors.expectedEndOn ?? server.expectedEndOn}
            />
          </SimpleGrid>
          <Select
            label={t('scholarship.award.field')}
            description={t('scholarship.award.fieldHelp')}
            allowDeselect={false}
            data={[...new Set(call.fields)]}
            value={field}
            onChange={setField}
            error={server.fieldOfStudy}
            comboboxProps={{ width: 'target', position: 'bottom-start' }}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={award.isPending}>
              {t('scholarship.award.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
