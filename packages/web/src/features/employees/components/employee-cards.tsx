import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmployeeSummary } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { AnchorLink } from '../../../components/router-links';
import { useDomainLabels } from '../../../lib/domain-labels';

/** The list on a phone: one card per employee instead of a wide table. */
export function EmployeeCards({
  employees,
  busy,
  label,
}: {
  employees: EmployeeSummary[];
  busy: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  return (
    <CardList label={label} busy={busy}>
      {employees.map((employee) => (
        <CardItem key={employee.id}>
          <Stack gap={4}>
            <AnchorLink to="/employees/$employeeId" params={{ employeeId: String(employee.id) }} fw={600}>
              {employee.fullName}
            </AnchorLink>
            <Group gap="xs">
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
              {employee.golongan && (
                <Text size="sm">
                  {t('employees.columns.golongan')}: {employee.golongan}
                </Text>
              )}
            </Group>
            {employee.positionName && <Text size="sm">{employee.positionName}</Text>}
            {employee.unitName && (
              <Text size="sm" c="dimmed">
                {employee.unitName}
              </Text>
            )}
          </Stack>
        </CardItem>
      ))}
    </CardList>
  );
}
