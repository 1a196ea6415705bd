import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program, ScholarshipOverview } from '../../../api/types';
import { hasPermission, useMe } from '../../../lib/session';
import { useScholarship } from '../api/scholarships';
import { ScholarshipApplicants } from './scholarship-applicants';
import { ScholarshipAwards } from './scholarship-awards';
import { ScholarshipCallDialog } from './scholarship-call-dialog';
import { ScholarshipCallTerms } from './scholarship-call-terms';
import { ScholarshipDocuments } from './scholarship-documents';

/**
 * The scholarship of a degree-study program (path PEND): its terms for everyone; for whoever may
 * apply, the documents to upload first; for the agency, the applicants' documents, the awarding of
 * the selected and the awards followed. Nothing shows on other programs.
 */
export function ScholarshipSection({ program }: { program: Program }) {
  const scholarship = useScholarship(program.id);
  const data = scholarship.data;
  if (!data || !(data.offered || data.call)) return null;
  return <ScholarshipCard program={program} overview={data} />;
}

function ScholarshipCard({ program, overview }: { program: Program; overview: ScholarshipOverview }) {
  const { t } = useTranslation('programs');
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const { call, canManage } = overview;
  const draft = program.state === 'draft';
  const applicant = me.employeeId !== null && hasPermission(me, 'program.apply') && !draft;
  const showsDocuments =
    call !== null &&
    applicant &&
    call.documents.length > 0 &&
    (program.state === 'open' || overview.myDocuments.length > 0);
  const awarding = program.state === 'selected' || program.state === 'completed';
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="program-scholarship">
      <Stack gap="md">
        <Group justify="space-between" align="center" gap="xs">
          <Title order={2} size="h4" id="program-scholarship">
            {t('scholarship.title')}
          </Title>
          {canManage && draft && overview.offered && (
            <Button variant={call ? 'default' : 'filled'} onClick={() => setEditing(true)}>
              {call ? t('scholarship.call.edit') : t('scholarship.call.set')}
            </Button>
          )}
        </Group>
        {call ? (
          <ScholarshipCallTerms call={call} />
        ) : (
          <Text size="sm" c="dimmed">
            {canManage ? t('scholarship.call.noneManager') : t('scholarship.call.none')}
          </Text>
        )}
        {call && canManage && !draft && (
          <Text size="xs" c="dimmed">
            {t('scholarship.call.frozen')}
          </Text>
        )}
        {showsDocuments && (
          <ScholarshipDocuments program={program} call={call} documents={overview.myDocuments} />
        )}
        {call && canManage && !draft && (
          <ScholarshipApplicants program={program} overview={overview} call={call} />
        )}
        {call && (overview.awards.length > 0 || (canManage && awarding)) && (
          <ScholarshipAwards overview={overview} />
        )}
      </Stack>
      {editing && (
        <ScholarshipCallDialog programId={program.id} call={call} onClose={() => setEditing(false)} />
      )}
    </Card>
  );
}
