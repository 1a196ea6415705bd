import { Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../api/types';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../lib/use-format';

export function AuditTable({ entries, busy }: { entries: AuditEntry[]; busy: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ScrollTable label={t('audit.title')} minWidth={720}>
      <Table striped verticalSpacing="xs" aria-busy={busy}>
        <Table.Caption className="visually-hidden">{t('audit.title')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.columns.seq')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.at')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.entity')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.seq}>
              <Table.Td>{format.number(entry.seq)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={entry.at}>{format.timestamp(entry.at)}</time>
              </Table.Td>
              <Table.Td>
                {entry.actor ?? (
                  <Text span c="dimmed" size="sm">
                    {t('audit.system')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Code>{entry.action}</Code>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{entry.entity}</Text>
                  {entry.entityId && (
                    <Text size="xs" c="dimmed" ff="monospace">
                      {entry.entityId}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
