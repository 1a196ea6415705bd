import { Anchor, Badge, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Program,
  ProgramApplication,
  ScholarshipApplicant,
  ScholarshipCall,
  ScholarshipOverview,
} from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { AnchorLink } from '../../../components/router-links';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../lib/use-format';
import { applicantDocumentHref } from '../api/scholarships';
import { ApplicationStateBadge } from './program-state-badge';
import { ScholarshipAwardDialog } from './scholarship-award-dialog';
import { awardable } from './scholarship-values';

const APPLICATION_STATES: readonly string[] = [
  'applied',
  'selected',
  'waitlisted',
  'notSelected',
  'withdrawn',
];
const isApplicationState = (state: string): state is ProgramApplication['state'] =>
  APPLICATION_STATES.includes(state);

/**
 * The agency's view of the applicants: each one's state, the documents the call asks for (each
 * uploaded one downloadable) and their award; and, once the selection is out, the awarding.
 */
export function ScholarshipApplicants({
  program,
  overview,
  call,
}: {
  program: Program;
  overview: ScholarshipOverview;
  call: ScholarshipCall;
}) {
  const { t } = useTranslation('programs');
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [awarding, setAwarding] = useState(false);
  const candidates = awardable(overview.applicants);
  const { applicants } = overview;
  return (
    <Stack gap="sm" component="section" aria-labelledby="scholarship-applicants">
      <Group justify="space-between" align="center" gap="xs">
        <Title order={3} size="h5" id="scholarship-applicants">
          {t('scholarship.applicants.title', { count: applicants.length })}
        </Title>
        {program.state === 'selected' && candidates.length > 0 && (
          <Button onClick={() => setAwarding(true)}>{t('scholarship.award.button')}</Button>
        )}
      </Group>
      {applicants.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('scholarship.applicants.none')}
        </Text>
      ) : isPhone ? (
        <ApplicantCards programId={program.id} applicants={applicants} call={call} />
      ) : (
        <ApplicantTable programId={program.id} applicants={applicants} call={call} />
      )}
      {awarding && (
        <ScholarshipAwardDialog
          program={program}
          call={call}
          candidates={candidates}
          onClose={() => setAwarding(false)}
        />
      )}
    </Stack>
  );
}

interface ListProps {
  programId: number;
  applicants: ScholarshipApplicant[];
  call: ScholarshipCall;
}

function StateBadge({ state }: { state: string }) {
  return isApplicationState(state) ? (
    <ApplicationStateBadge state={state} />
  ) : (
    <Badge color="gray" variant="light">
      {state}
    </Badge>
  );
}

/** The documents the call asks for: each uploaded one a download, each missing one said so. */
function DocumentChecklist({
  programId,
  applicant,
  call,
}: {
  programId: number;
  applicant: ScholarshipApplicant;
  call: ScholarshipCall;
}) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const name = applicant.employee.name;
  const have = call.documents.filter((kind) => applicant.documents.some((d) => d.kind === kind)).length;
  if (call.documents.length === 0) return <Text size="sm">—</Text>;
  return (
    <Stack gap={2}>
      <Text size="xs" c={have === call.documents.length ? 'teal.9' : 'red.9'} fw={600}>
        {t('scholarship.applicants.count', {
          have: format.number(have),
          total: format.number(call.documents.length),
        })}
      </Text>
      <List size="sm" spacing={2} listStyleType="none" p={0}>
        {call.documents.map((kind) => {
          const kindName = t(`scholarship.document.${kind}`);
          const document = applicant.documents.find((d) => d.kind === kind);
          return (
            <List.Item key={kind}>
              {document ? (
                <Anchor
                  size="sm"
                  href={applicantDocumentHref(programId, applicant.applicationId, kind)}
                  download={document.fileName}
                  aria-label={t('scholarship.applicants.downloadNamed', { kind: kindName, name })}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {t('scholarship.applicants.has', { kind: kindName })}
                </Anchor>
              ) : (
                <Text span size="sm" c="red.9">
                  {t('scholarship.applicants.missing', { kind: kindName })}
                </Text>
              )}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}

function AwardLink({ applicant }: { applicant: ScholarshipApplicant }) {
  const { t } = useTranslation('programs');
  if (applicant.awardId === null) return <Text size="sm">—</Text>;
  return (
    <AnchorLink
      to="/scholarships/awards/$awardId"
      params={{ awardId: String(applicant.awardId) }}
      size="sm"
      aria-label={t('scholarship.applicants.openAwardNamed', { name: applicant.employee.name })}
    >
      {t('scholarship.applicants.openAward')}
    </AnchorLink>
  );
}

function ApplicantTable({ programId, applicants, call }: ListProps) {
  const { t } = useTranslation('programs');
  return (
    <ScrollTable label={t('scholarship.applicants.tableLabel')} minWidth={720}>
      <Table striped verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>
          {t('scholarship.applicants.tableLabel')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('scholarship.applicants.name')}</Table.Th>
            <Table.Th scope="col">{t('scholarship.applicants.state')}</Table.Th>
            <Table.Th scope="col">{t('scholarship.applicants.documents')}</Table.Th>
            <Table.Th scope="col">{t('scholarship.applicants.award')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {applicants.map((a) => (
            <Table.Tr key={a.applicationId}>
              <Table.Td>
                {a.employee.name}
                <Text size="xs" c="dimmed">
                  {a.employee.unit ?? a.employee.nip}
                </Text>
              </Table.Td>
              <Table.Td>
                <StateBadge state={a.state} />
              </Table.Td>
              <Table.Td>
                <DocumentChecklist programId={programId} applicant={a} call={call} />
              </Table.Td>
              <Table.Td>
                <AwardLink applicant={a} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function ApplicantCards({ programId, applicants, call }: ListProps) {
  const { t } = useTranslation('programs');
  return (
    <CardList label={t('scholarship.applicants.tableLabel')} busy={false}>
      {applicants.map((a) => (
        <CardItem key={a.applicationId}>
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {a.employee.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {a.employee.unit ?? a.employee.nip}
                </Text>
              </Stack>
              <StateBadge state={a.state} />
            </Group>
            <DocumentChecklist programId={programId} applicant={a} call={call} />
            {a.awardId !== null && <AwardLink applicant={a} />}
          </Stack>
        </CardItem>
      ))}
    </CardList>
  );
}
