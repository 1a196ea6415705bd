import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CurriculumDiff } from '../../../api/types';
import { useFormat } from '../../../lib/use-format';

/** What a curriculum version changed of the one before (domain curriculumDiff), one line per change. */
export function CurriculumChanges({ changes, since }: { changes: CurriculumDiff; since: number }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const jp = (value: number) => format.number(value);
  const lines: string[] = [
    ...changes.added.map((m) => t('curriculum.changes.added', { title: m.title, jp: jp(m.jp) })),
    ...changes.removed.map((m) => t('curriculum.changes.removed', { title: m.title, jp: jp(m.jp) })),
    ...changes.changed.flatMap((c) => [
      ...(c.previousTitle !== c.title
        ? [t('curriculum.changes.renamed', { from: c.previousTitle, to: c.title })]
        : []),
      ...(c.jpFrom !== c.jpTo
        ? [t('curriculum.changes.jp', { title: c.title, from: jp(c.jpFrom), to: jp(c.jpTo) })]
        : []),
      ...(c.objectivesAdded.length > 0
        ? [
            t('curriculum.changes.objectivesAdded', {
              title: c.title,
              objectives: c.objectivesAdded.join('; '),
            }),
          ]
        : []),
      ...(c.objectivesRemoved.length > 0
        ? [
            t('curriculum.changes.objectivesRemoved', {
              title: c.title,
              objectives: c.objectivesRemoved.join('; '),
            }),
          ]
        : []),
      ...(c.positionFrom !== c.positionTo
        ? [t('curriculum.changes.moved', { title: c.title, from: c.positionFrom, to: c.positionTo })]
        : []),
    ]),
  ];
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {t('curriculum.changes.title', { version: since })}
      </Text>
      <List size="sm" spacing={2}>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
        {changes.jpMoved > 0 && (
          <List.Item>{t('curriculum.changes.jpMoved', { jp: jp(changes.jpMoved) })}</List.Item>
        )}
      </List>
    </Stack>
  );
}
