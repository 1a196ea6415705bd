import { Button, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeSummary, Sanction, SanctionLevel } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { SEARCH_MIN_LENGTH, ServerSearchSelect } from '../../../components/server-search-select';
import { useFindEmployees } from '../../../lib/find-employees';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useEndSanction, useRecordSanction } from '../api/promotion';

const SANCTION_LEVELS: readonly SanctionLevel[] = ['ringan', 'sedang', 'berat'];

type Picked = Pick<EmployeeSummary, 'id' | 'fullName' | 'nipFormatted'>;

const asPicked = (employee: EmployeeSummary): Picked => employee;
const nameOf = (employee: Picked) => employee.fullName;
const nipOf = (employee: Picked) => employee.nipFormatted;

/** Records a disciplinary sanction: whose, its level, from when (and until when, if known), its decree. */
export function SanctionDialog({ today, onClose }: { today: string; onClose: () => void }) {
  const { t } = useTranslation('promotion');
  const notify = useNotify();
  const record = useRecordSanction();
  const [person, setPerson] = useState<Picked | null>(null);
  const [level, setLevel] = useState<SanctionLevel>('ringan');
  const [startsOn, setStartsOn] = useState(today);
  const [endsOn, setEndsOn] = useState('');
  const [decree, setDecree] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const server = serverFieldErrors(record.error);
  const errorOf = (field: string) => missing[field] ?? server[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required = t('form.required');
    const errors: Record<string, string> = {
      ...(person ? {} : { employeeId: required }),
      ...(startsOn ? {} : { startsOn: required }),
      ...(decree.trim() ? {} : { decree: required }),
      ...(endsOn && startsOn && endsOn < startsOn ? { endsOn: t('sanctions.endsBefore') } : {}),
    };
    setMissing(errors);
    if (!person || Object.keys(errors).length > 0) return;
    record.mutate(
      {
        employeeId: person.id,
        level,
        startsOn,
        endsOn: endsOn || null,
        decree: decree.trim(),
        note: note.trim() || null,
      },
      {
        onSuccess: (sanction) => {
          notify({ color: 'teal', message: t('sanctions.done', { name: sanction.name }) });
          onClose();
        },
      },
    );
  };

  return (
    <ResponsiveModal opened onClose={onClose} title={t('sanctions.formTitle')}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {record.isError && <ErrorAlert error={record.error} />}
          <ServerSearchSelect
            value={person}
            onChange={setPerson}
            useMatches={useFindEmployees}
            toItem={asPicked}
            nameOf={nameOf}
            detailOf={nipOf}
            label={t('sanctions.picker.label')}
            description={t('sanctions.picker.help')}
            placeholder={t('sanctions.picker.placeholder')}
            clearLabel={t('sanctions.picker.clear')}
            typeMore={t('sanctions.picker.typeMore', { min: SEARCH_MIN_LENGTH })}
            nothingFound={t('sanctions.picker.nothingFound')}
            error={errorOf('employeeId') ?? null}
          />
          <Select
            label={t('sanctions.level')}
            data={SANCTION_LEVELS.map((value) => ({ value, label: t(`sanctionLevel.${value}`) }))}
            value={level}
            onChange={(value) => setLevel(SANCTION_LEVELS.find((l) => l === value) ?? 'ringan')}
            allowDeselect={false}
            error={errorOf('level')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              type="date"
              label={t('sanctions.startsOn')}
              required
              value={startsOn}
              onChange={(event) => setStartsOn(event.currentTarget.value)}
              error={errorOf('startsOn')}
            />
            <TextInput
              type="date"
              label={t('sanctions.endsOnOptional')}
              description={t('sanctions.endsOnOptionalHelp')}
              min={startsOn || undefined}
              value={endsOn}
              onChange={(event) => setEndsOn(event.currentTarget.value)}
              error={errorOf('endsOn')}
            />
          </SimpleGrid>
          <TextInput
            label={t('sanctions.decreeLabel')}
            required
            maxLength={200}
            value={decree}
            onChange={(event) => setDecree(event.currentTarget.value)}
            error={errorOf('decree')}
          />
          <Textarea
            label={t('sanctions.noteLabel')}
            description={t('sanctions.noteHelp')}
            autosize
            minRows={2}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errorOf('note')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('sanctions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}

/** Ends a sanction that runs on, or earlier than it was set to end; never before it began. */
export function EndSanctionDialog({
  sanction,
  today,
  onClose,
}: {
  sanction: Sanction;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('promotion');
  const format = useFormat();
  const notify = useNotify();
  const end = useEndSanction();
  const [endsOn, setEndsOn] = useState(today < sanction.startsOn ? sanction.startsOn : today);
  const [missing, setMissing] = useState<string | null>(null);
  const from = format.date(sanction.startsOn);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const error = !endsOn
      ? t('form.required')
      : endsOn < sanction.startsOn
        ? t('sanctions.endsOnHelp', { from })
        : null;
    setMissing(error);
    if (error) return;
    end.mutate(
      { id: sanction.id, endsOn },
      {
        onSuccess: () => {
          notify({
            color: 'teal',
            message: t('sanctions.endDone', { name: sanction.name, date: format.date(endsOn) }),
          });
          onClose();
        },
      },
    );
  };
  return (
    <ResponsiveModal opened onClose={onClose} title={t('sanctions.endTitle')}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {end.isError && <ErrorAlert error={end.error} />}
          <Text size="sm">
            {t('sanctions.endIntro', {
              name: sanction.name,
              level: t(`sanctionLevel.${sanction.level}`),
              from,
            })}
          </Text>
          <TextInput
            type="date"
            label={t('sanctions.endsOn')}
            description={t('sanctions.endsOnHelp', { from })}
            required
            min={sanction.startsOn}
            value={endsOn}
            onChange={(event) => setEndsOn(event.currentTarget.value)}
            error={missing ?? serverFieldErrors(end.error).endsOn}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={end.isPending}>
              {t('sanctions.endSave')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
