import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { useNationalCompetencyGaps } from '../api/get-national-competency-gaps';
import { useNationalEmployees } from '../api/get-national-employees';
import { useNationalIkm } from '../api/get-national-ikm';
import { useNationalParticipation } from '../api/get-national-participation';
import { CompetencyBelowCard, CompetencyCard } from '../components/competency-card';
import { EmployeesCard } from '../components/employees-card';
import { IkmCard } from '../components/ikm-card';
import { NationalFigures } from '../components/national-figures';
import { ParticipationCard } from '../components/participation-card';

/** The placeholder's height while a chart card loads. */
const CARD_HEIGHT = 320;

/**
 * The home of a national viewer (role nasional): figures across governments, never a person's
 * record; the server hides every group under k and whatever would reveal one.
 */
export function NationalPage() {
  const { t } = useTranslation('national');
  const employees = useNationalEmployees();
  const ikm = useNationalIkm();
  const participation = useNationalParticipation();
  const competency = useNationalCompetencyGaps();
  const count = employees.data?.governments.length;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle title={t('title')} />
        {employees.data && (
          <Text c="dimmed">{count === 0 ? t('introNone') : t('intro', { count, k: employees.data.k })}</Text>
        )}
      </Stack>
      <QueryContent query={employees}>{(data) => <NationalFigures totals={data.totals} />}</QueryContent>
      <QueryContent query={employees} height={CARD_HEIGHT}>
        {(data) => <EmployeesCard data={data} />}
      </QueryContent>
      <QueryContent query={ikm} height={CARD_HEIGHT}>
        {(data) => <IkmCard data={data} />}
      </QueryContent>
      <QueryContent query={participation} height={CARD_HEIGHT}>
        {(data) => <ParticipationCard data={data} />}
      </QueryContent>
      <QueryContent query={competency} height={CARD_HEIGHT}>
        {(data) => (
          <>
            <CompetencyCard data={data} />
            <CompetencyBelowCard data={data} />
          </>
        )}
      </QueryContent>
    </Stack>
  );
}
