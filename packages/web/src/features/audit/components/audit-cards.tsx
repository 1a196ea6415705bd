import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { useFormat } from '../../../lib/use-format';
import { ActionCell, ActorCell, DetailsCell, SubjectCell } from './audit-cells';

/** The log on a phone: one card per entry. */
export function AuditCards({ entries, busy }: { entries: AuditEntry[]; busy: boolean }) {
  const { t } = useTranslation('audit');
  const format = useFormat();
  return (
    <CardList label={t('title')} busy={busy}>
      {entries.map((entry) => (
        <CardItem key={entry.seq}>
          <Stack gap={6}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <ActionCell entry={entry} />
              <Text size="xs" c="dimmed" ta="right">
                {t('columns.seq')} {format.number(entry.seq)}
                <br />
                <time dateTime={entry.at}>{format.timestamp(entry.at)}</time>
              </Text>
            </Group>
            <ActorCell entry={entry} />
            <SubjectCell entry={entry} />
            <DetailsCell entry={entry} />
          </Stack>
        </CardItem>
      ))}
    </CardList>
  );
}
