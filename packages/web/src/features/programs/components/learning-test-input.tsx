import { NumberInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Roster, RosterEntry } from '../../../api/types';
import { useRecordLearningTest } from '../api/evaluation';

/**
 * A participant's learning test before or after (0–100) on the roster, saved when the field is
 * left; the other test's score is sent as it stands.
 */
export function LearningTestInput({
  roster,
  person,
  test,
}: {
  roster: Roster;
  person: RosterEntry;
  test: 'pre' | 'post';
}) {
  const { t } = useTranslation('programs');
  const record = useRecordLearningTest(roster.programId, roster.batchId);
  const current = test === 'pre' ? person.preTestScore : person.postTestScore;
  const [value, setValue] = useState<number | string>(current ?? '');
  const save = () => {
    const next = value === '' ? null : Number(value);
    if (next === current) return;
    record.mutate({
      applicationId: person.applicationId,
      preTestScore: test === 'pre' ? next : person.preTestScore,
      postTestScore: test === 'post' ? next : person.postTestScore,
    });
  };
  return (
    <NumberInput
      aria-label={t(test === 'pre' ? 'evaluation.roster.preOf' : 'evaluation.roster.postOf', {
        name: person.employee.name,
      })}
      value={value}
      onChange={setValue}
      onBlur={save}
      min={0}
      max={100}
      decimalScale={2}
      w={96}
      disabled={!roster.editable}
      error={record.isError ? t('evaluation.roster.refused') : undefined}
    />
  );
}
