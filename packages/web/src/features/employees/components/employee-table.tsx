import { Badge, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmployeeSort, EmployeeSummary } from '../../../api/types';
import { AnchorLink } from '../../../components/router-links';
import { useDomainLabels } from '../../../lib/domain-labels';
import { DEFAULT_SORT } from '../routes/employees-search';

type SortField = 'name' | 'nip' | 'golongan';

interface EmployeeTableProps {
  employees: EmployeeSummary[];
  sort: EmployeeSort | undefined;
  onSort: (sort: EmployeeSort) => void;
  busy: boolean;
  caption: string;
}

export function EmployeeTable({ employees, sort = DEFAULT_SORT, onSort, busy, caption }: EmployeeTableProps) {
  const { t } = useTranslation();
  const labels = useDomainLabels();

  const header = (field: SortField, label: string) => {
    const direction = sort === field ? 'ascending' : sort === `-${field}` ? 'descending' : 'none';
    const next: EmployeeSort = direction === 'ascending' ? `-${field}` : field;
    return (
      <Table.Th scope="col" aria-sort={direction}>
        <UnstyledButton onClick={() => onSort(next)} fw={600} fz="sm">
          {label}
          <span aria-hidden="true" style={{ marginInlineStart: 4 }}>
            {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
          </span>
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-busy={busy}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }} className="visually-hidden">
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header('name', t('employees.columns.name'))}
            {header('nip', t('employees.columns.nip'))}
            {header('golongan', t('employees.columns.golongan'))}
            <Table.Th scope="col">{t('employees.columns.position')}</Table.Th>
            <Table.Th scope="col">{t('employees.columns.unit')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {employees.map((employee) => (
            <Table.Tr key={employee.id}>
              <Table.Td>
                <AnchorLink to="/employees/$employeeId" params={{ employeeId: String(employee.id) }} fw={500}>
                  {employee.fullName}
                </AnchorLink>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" ff="monospace">
                  {employee.nipFormatted}
                </Text>
                <Badge
                  size="xs"
                  variant="filled"
                  color={employee.employeeType === 'PNS' ? 'indigo.7' : 'teal.9'}
                >
                  {labels.employeeType(employee.employeeType)}
                </Badge>
              </Table.Td>
              <Table.Td>{employee.golongan ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="sm">{employee.positionName ?? '—'}</Text>
                {employee.positionKind && (
                  <Text size="xs" c="dimmed">
                    {labels.positionKind(employee.positionKind)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{employee.unitName ?? '—'}</Text>
                {employee.unitPath.length > 1 && (
                  <Text size="xs" c="dimmed">
                    {employee.unitPath.slice(0, -1).join(' › ')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
