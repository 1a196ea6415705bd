import { Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeDetail } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { UploadIcon } from '../../../components/icons';
import { ButtonLink } from '../../../components/router-links';
import { queryKeys } from '../../../lib/query-keys';
import { hasPermission, useMe } from '../../../lib/session';
import { useEmployeeCompetencies } from '../api/get-employee-competencies';
import { AssessmentHistory, BeyondStandard } from './assessment-history';
import { PositionMatchView } from './position-match';
import { RecordAssessmentDialog } from './record-assessment-dialog';
import { TargetPositionSelect } from './target-position-select';

/**
 * Pemetaan Kompetensi of one person: the gaps and JPM against the standard (SKJ) of the position
 * held and of a target position, the levels beyond any standard, and every assessment recorded.
 * Those who assess (admins, a supervisor for their subtree) record one here.
 */
export function CompetencySection({ employee }: { employee: EmployeeDetail }) {
  const { t } = useTranslation('competencies');
  const me = useMe();
  const headingId = useId();
  const [target, setTarget] = useState<{ id: number; name: string } | null>(null);
  const [recording, setRecording] = useState(false);
  const competencies = useEmployeeCompetencies(employee.id, target?.id ?? null);
  const canAssess = hasPermission(me, 'competency.assess');
  const data = competencies.data;
  // Every competency assessed is either required by a standard compared or beyond them: the
  // answer itself names all of the history's.
  const names = useMemo(
    () =>
      new Map(
        [...(data?.current?.gaps ?? []), ...(data?.target?.gaps ?? []), ...(data?.beyondStandard ?? [])].map(
          (row) => [row.competencyId, row.name],
        ),
      ),
    [data],
  );
  useRefreshOnNewPosition(employee);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4}>
            <Title order={2} size="h4" id={headingId}>
              {t('employee.heading')}
            </Title>
            <Text size="sm" c="dimmed" maw={720}>
              {t('employee.intro')}
            </Text>
          </Stack>
          {canAssess && (
            <Group gap="sm">
              <ButtonLink to="/imports/competency-assessments" variant="default" leftSection={<UploadIcon />}>
                {t('employee.import')}
              </ButtonLink>
              <Button onClick={() => setRecording(true)}>{t('assess.open')}</Button>
            </Group>
          )}
        </Group>
        {competencies.isError && (
          <ErrorAlert error={competencies.error} onRetry={() => void competencies.refetch()} />
        )}
        {competencies.isPending && <Skeleton h={200} aria-busy="true" />}
        {data && (
          <>
            <PositionMatchView
              heading={
                data.current
                  ? t('employee.current', { name: data.current.positionName })
                  : t('employee.currentNone')
              }
              match={data.current}
              empty={
                employee.positionId === null
                  ? t('employee.noPosition')
                  : t('employee.noStandard', { name: employee.positionName ?? '' })
              }
            />
            <Stack gap="sm">
              <TargetPositionSelect
                value={target}
                onChange={setTarget}
                exclude={employee.positionId}
                busy={competencies.isFetching && competencies.isPlaceholderData}
              />
              {target && (
                <PositionMatchView
                  heading={t('employee.target', { name: target.name })}
                  match={competencies.isPlaceholderData ? null : data.target}
                  empty={
                    competencies.isPlaceholderData
                      ? t('employee.loadingTarget')
                      : t('employee.noStandard', { name: target.name })
                  }
                />
              )}
            </Stack>
            <BeyondStandard rows={data.beyondStandard} />
            <AssessmentHistory rows={data.history} names={names} />
          </>
        )}
      </Stack>
      {recording && <RecordAssessmentDialog employee={employee} onClose={() => setRecording(false)} />}
    </Card>
  );
}

/**
 * A correction of the record marks the comparisons stale without fetching them again: when the
 * position held changes, the comparison against it is fetched at once.
 */
function useRefreshOnNewPosition(employee: EmployeeDetail) {
  const queryClient = useQueryClient();
  const held = useRef(employee.positionId);
  useEffect(() => {
    if (held.current === employee.positionId) return;
    held.current = employee.positionId;
    void queryClient.invalidateQueries({ queryKey: queryKeys.employees.competencies(employee.id) });
  }, [queryClient, employee.id, employee.positionId]);
}
