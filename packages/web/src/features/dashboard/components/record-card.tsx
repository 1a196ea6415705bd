import { recordServiceLength } from '@jenjang/domain/people/service-length.rules';
import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { DataList, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryContent } from '../../../components/query-content';
import { ButtonLink } from '../../../components/router-links';
import { useDomainLabels } from '../../../lib/domain-labels';
import { useEmployee } from '../../../lib/get-employee';
import { useFormat } from '../../../lib/use-format';
import { HomeSection } from './home-section';

/** A summary of the employee's own record: rank, position, unit, length of service. */
export function RecordCard({ employeeId }: { employeeId: number | null }) {
  const { t } = useTranslation('dashboard');
  return (
    <HomeSection title={t('record.title')} testId="home-record">
      {employeeId === null ? (
        <Text size="sm">{t('record.noRecord')}</Text>
      ) : (
        <RecordSummary id={employeeId} />
      )}
    </HomeSection>
  );
}

function RecordSummary({ id }: { id: number }) {
  const { t } = useTranslation('dashboard');
  const labels = useDomainLabels();
  const format = useFormat();
  const query = useEmployee(id);
  return (
    <QueryContent query={query}>
      {(employee) => {
        const service = recordServiceLength(employee, calendarDateIn(new Date(), format.timeZone));
        const position =
          employee.positionName ??
          (employee.positionKind ? labels.positionKind(employee.positionKind) : null);
        const items = [
          { label: t('record.nip'), value: employee.nipFormatted },
          { label: t('record.golongan'), value: employee.golongan },
          { label: t('record.position'), value: position },
          { label: t('record.unit'), value: employee.unitPath.join(' › ') || employee.unitName },
          {
            label: t('record.service'),
            value: service && t('record.serviceLength', { years: service.years, months: service.months }),
          },
        ];
        return (
          <>
            <Text fw={600}>{employee.fullName}</Text>
            <DataList orientation="vertical" withDivider gap="xs">
              {items.map((item) => (
                <DataList.Item key={item.label}>
                  <DataList.ItemLabel>{item.label}</DataList.ItemLabel>
                  <DataList.ItemValue>{item.value || '—'}</DataList.ItemValue>
                </DataList.Item>
              ))}
            </DataList>
            <ButtonLink
              to="/employees/$employeeId"
              params={{ employeeId: String(employee.id) }}
              variant="default"
              w={{ base: '100%', sm: 'auto' }}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('record.open')}
            </ButtonLink>
          </>
        );
      }}
    </QueryContent>
  );
}
