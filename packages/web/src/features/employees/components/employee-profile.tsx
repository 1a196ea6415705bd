import { recordServiceLength } from '@jenjang/domain/people/service-length.rules';
import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { Badge, Breadcrumbs, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmployeeDetail, Golongan } from '../../../api/types';
import { useDomainLabels } from '../../../lib/domain-labels';
import { useFormat } from '../../../lib/use-format';
import { DetailSection } from './detail-section';

interface ProfileProps {
  employee: EmployeeDetail;
  golongan: Golongan[] | undefined;
}

/** The sections of one employee's record: identity, rank, position, education. */
export function EmployeeProfile({ employee, golongan }: ProfileProps) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const format = useFormat();
  const pangkat = (code: string | null) => golongan?.find((item) => item.code === code)?.pangkat ?? null;
  const rank = (code: string | null) => {
    if (!code) return null;
    const name = pangkat(code);
    return name ? `${code} — ${name}` : code;
  };
  // Imported years and months where SIASN gave them, else counted from TMT CPNS to the
  // government's today (and said so).
  const length = recordServiceLength(employee, calendarDateIn(new Date(), format.timeZone));
  const service =
    length &&
    t(length.computed ? 'employees.detail.serviceLengthComputed' : 'employees.detail.serviceLength', {
      years: length.years,
      months: length.months,
    });

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <DetailSection
          title={t('employees.detail.identity')}
          items={[
            { label: t('employees.detail.name'), value: employee.name },
            { label: t('employees.detail.frontTitle'), value: employee.frontTitle },
            { label: t('employees.detail.backTitle'), value: employee.backTitle },
            { label: t('employees.detail.nip'), value: employee.nipFormatted },
            { label: t('employees.detail.nipLama'), value: employee.nipLama },
            { label: t('employees.detail.employeeType'), value: labels.employeeType(employee.employeeType) },
            { label: t('employees.detail.sex'), value: labels.sex(employee.sex) },
            { label: t('employees.detail.birthDate'), value: format.date(employee.birthDate) },
            { label: t('employees.detail.nik'), value: employee.nikMasked },
            { label: t('employees.detail.legalStatus'), value: employee.legalStatus },
            { label: t('employees.detail.status'), value: labels.employeeStatus(employee.status) },
          ]}
        />
        <DetailSection
          title={t('employees.detail.rank')}
          items={[
            { label: t('employees.detail.golongan'), value: rank(employee.golongan) },
            { label: t('employees.detail.tmtGolongan'), value: format.date(employee.tmtGolongan) },
            { label: t('employees.detail.golonganInitial'), value: rank(employee.golonganInitial) },
            { label: t('employees.detail.tmtCpns'), value: format.date(employee.tmtCpns) },
            // PPPK are appointed by contract and never become PNS.
            ...(employee.employeeType === 'PNS'
              ? [{ label: t('employees.detail.tmtPns'), value: format.date(employee.tmtPns) }]
              : []),
            { label: t('employees.detail.serviceYears'), value: service },
          ]}
        />
        <DetailSection
          title={t('employees.detail.position')}
          items={[
            {
              label: t('employees.detail.positionKind'),
              value: employee.positionKind ? labels.positionKind(employee.positionKind) : null,
            },
            { label: t('employees.detail.positionName'), value: employee.positionName },
            {
              label: t('employees.detail.positionLevel'),
              value: positionLevel(employee.positionLevel, labels),
            },
            { label: t('employees.detail.tmtJabatan'), value: format.date(employee.tmtJabatan) },
            { label: t('employees.detail.unit'), value: <UnitPath path={employee.unitPath} /> },
          ]}
        />
        <DetailSection
          title={t('employees.detail.education')}
          items={[
            { label: t('employees.detail.educationLevel'), value: employee.educationLevel },
            { label: t('employees.detail.educationName'), value: employee.education },
          ]}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('employees.detail.updatedAt', { at: format.timestamp(employee.updatedAt) })}
      </Text>
    </Stack>
  );
}

function positionLevel(level: string | null, labels: ReturnType<typeof useDomainLabels>): string | null {
  return level ? labels.fungsionalLevel(level) : null;
}

/** The unit from the OPD down, as breadcrumbs (names only: the API sends no unit ids here). */
export function UnitPath({ path }: { path: string[] }) {
  const { t } = useTranslation();
  if (path.length === 0) return null;
  // Names can repeat at different levels ('Sekretariat'); the path down to a crumb cannot.
  const crumbs = path.map((name, index) => ({
    name,
    key: path.slice(0, index + 1).join('\u0000'),
    last: index === path.length - 1,
  }));
  return (
    <nav aria-label={t('employees.detail.unitPath')}>
      <Breadcrumbs separator="›" separatorMargin={6} style={{ flexWrap: 'wrap' }}>
        {crumbs.map((crumb) => (
          <Text key={crumb.key} size="sm" aria-current={crumb.last ? 'location' : undefined}>
            {crumb.name}
          </Text>
        ))}
      </Breadcrumbs>
    </nav>
  );
}

export function EmployeeBadges({ employee }: { employee: EmployeeDetail }) {
  const labels = useDomainLabels();
  return (
    <Group gap="xs">
      <Text ff="monospace">{employee.nipFormatted}</Text>
      <Badge variant="filled" color={employee.employeeType === 'PNS' ? 'indigo.7' : 'teal.9'}>
        {labels.employeeType(employee.employeeType)}
      </Badge>
      {employee.golongan && (
        <Badge variant="outline" tt="none">
          {employee.golongan}
        </Badge>
      )}
    </Group>
  );
}
