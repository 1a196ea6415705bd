import { Button, Group, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TalentScores, TalentSettings } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { QueryContent } from '../../../components/query-content';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useSetTalentScores, useTalentScores } from '../api/talent';

type Axis = 'performance' | 'potential';
type Given = Record<string, number>;

/** The agency's points on the settings' components for a person and year (each 0 … its maximum). */
export function ScoreEditor({ year, employeeId, name }: { year: number; employeeId: number; name: string }) {
  const { t } = useTranslation('talent');
  const scores = useTalentScores(year, employeeId);
  return (
    <Stack gap="sm" component="section" aria-labelledby="talent-scores-heading">
      <Title order={3} size="h5" id="talent-scores-heading">
        {t('scores.title')}
      </Title>
      <QueryContent query={scores} height={160}>
        {(data) => <ScoreForm key={data.placement?.placedAt ?? 'unplaced'} data={data} name={name} />}
      </QueryContent>
    </Stack>
  );
}

/** Every component of both axes with the points given, 0 where none were. */
function initial(settings: TalentSettings, data: TalentScores): Record<Axis, Given> {
  const of = (axis: Axis) =>
    Object.fromEntries(settings[axis].components.map((c) => [c.key, data[axis][c.key] ?? 0]));
  return { performance: of('performance'), potential: of('potential') };
}

function ScoreForm({ data, name }: { data: TalentScores; name: string }) {
  const { t } = useTranslation('talent');
  const format = useFormat();
  const notify = useNotify();
  const save = useSetTalentScores();
  const { settings } = data;
  const [given, setGiven] = useState(() => initial(settings, data));
  const [note, setNote] = useState(data.note ?? '');
  const none = settings.performance.components.length + settings.potential.components.length === 0;
  if (none) return <Text size="sm">{t('scores.none')}</Text>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        year: data.year,
        employeeId: data.person.employeeId,
        body: { ...given, ...(note.trim() ? { note: note.trim() } : {}) },
      },
      { onSuccess: () => notify({ color: 'teal', message: t('scores.saved', { name }) }) },
    );
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {data.placement ? t('scores.helpPlaced') : t('scores.help')}
        </Text>
        {save.isError && <ErrorAlert error={save.error} />}
        {(['performance', 'potential'] as const).map((axis) =>
          settings[axis].components.length === 0 ? null : (
            <Stack key={axis} gap="xs" role="group" aria-label={t(`scores.axis.${axis}`)}>
              <Text size="sm" fw={600}>
                {t(`scores.axis.${axis}`)}
              </Text>
              {settings[axis].components.map((component) => (
                <NumberInput
                  key={component.key}
                  label={component.label}
                  description={t(`scores.range.${component.kind}`, {
                    max: format.number(component.maxPoints),
                  })}
                  min={0}
                  max={component.maxPoints}
                  step={1}
                  decimalScale={2}
                  clampBehavior="strict"
                  allowNegative={false}
                  value={given[axis][component.key] ?? 0}
                  onChange={(value) =>
                    setGiven((previous) => ({
                      ...previous,
                      [axis]: { ...previous[axis], [component.key]: typeof value === 'number' ? value : 0 },
                    }))
                  }
                />
              ))}
            </Stack>
          ),
        )}
        <Textarea
          label={t('scores.note')}
          description={t('scores.noteHelp')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={500}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('scores.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
