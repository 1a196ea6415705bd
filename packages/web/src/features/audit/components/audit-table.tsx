import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../api/types';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../lib/use-format';
import { ActionCell, ActorCell, DetailsCell, SubjectCell } from './audit-cells';

export function AuditTable({ entries, busy }: { entries: AuditEntry[]; busy: boolean }) {
  const { t } = useTranslation('audit');
  const format = useFormat();
  return (
    <ScrollTable label={t('title')} minWidth={960}>
      <Table striped verticalSpacing="xs" aria-busy={busy}>
        <Table.Caption className="visually-hidden">{t('title')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('columns.seq')}</Table.Th>
            <Table.Th scope="col">{t('columns.at')}</Table.Th>
            <Table.Th scope="col">{t('columns.actor')}</Table.Th>
            <Table.Th scope="col">{t('columns.action')}</Table.Th>
            <Table.Th scope="col">{t('columns.entity')}</Table.Th>
            <Table.Th scope="col">{t('columns.details')}</Table.Th>
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
                <ActorCell entry={entry} />
              </Table.Td>
              <Table.Td>
                <ActionCell entry={entry} />
              </Table.Td>
              <Table.Td maw={280}>
                <SubjectCell entry={entry} />
              </Table.Td>
              <Table.Td maw={320}>
                <DetailsCell entry={entry} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
