import { Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program, ProgramApplication } from '../../../api/types';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { Pager } from '../../../components/pager';
import { QueryContent } from '../../../components/query-content';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { ScrollTable } from '../../../components/scroll-table';
import { apiHref } from '../../../lib/api-client';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useApplications, useAssign, useRunSelection } from '../api/programs';
import { ApplicationStateBadge } from './program-state-badge';

const STATES: ProgramApplication['state'][] = [
  'applied',
  'selected',
  'waitlisted',
  'notSelected',
  'withdrawn',
];

/** The applicants with their scores (a supervisor sees their own staff's), and the selection's figures. */
export function ApplicantsSection({ program }: { program: Program }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const notify = useNotify();
  const [state, setState] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [assigning, setAssigning] = useState<ProgramApplication | null>(null);
  const applications = useApplications(program.id, state, page, true);
  const select = useRunSelection(program.id);
  const batchName = (id: number | null) => program.batches.find((b) => b.id === id)?.name ?? '—';
  const points = (hundredths: number | null) => (hundredths === null ? '—' : format.number(hundredths / 100));
  return (
    <Stack gap="sm" component="section" aria-labelledby="program-applicants">
      <Group justify="space-between" align="center">
        <Title order={2} size="h4" id="program-applicants">
          {t('applicants.title')}
        </Title>
        {program.manageable && program.state === 'closed' && (
          <Button
            loading={select.isPending}
            onClick={() =>
              select.mutate(undefined, {
                onSuccess: () => notify({ color: 'teal', message: t('applicants.selected') }),
              })
            }
          >
            {t('applicants.runSelection')}
          </Button>
        )}
      </Group>
      {program.manageable && program.state === 'closed' && (
        <Text size="sm" c="dimmed">
          {t('applicants.runSelectionHelp')}
        </Text>
      )}
      {select.isError && <ErrorAlert error={select.error} />}
      {program.selection && <SelectionFigures program={program} selection={program.selection} />}
      {program.manageable && program.selection && (
        <Anchor size="sm" href={apiHref('/api/v1/programs/{id}/siasn.xlsx', { path: { id: program.id } })}>
          {t('applicants.siasn')}
        </Anchor>
      )}
      <Select
        label={t('applicants.state')}
        placeholder={t('applicants.allStates')}
        data={STATES.map((s) => ({ value: s, label: t(`application.state.${s}`) }))}
        value={state}
        onChange={(value) => {
          setState(value);
          setPage(1);
        }}
        clearable
        clearButtonProps={{ 'aria-label': t('applicants.allStates') }}
        w={{ base: '100%', xs: 240 }}
      />
      <QueryContent query={applications} height={160}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyMessage title={t('applicants.empty')} />
          ) : (
            <Stack gap="sm">
              <ScrollTable label={t('applicants.title')} minWidth={720}>
                <Table striped aria-busy={applications.isFetching} aria-label={t('applicants.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('applicants.name')}</Table.Th>
                      <Table.Th>{t('applicants.unit')}</Table.Th>
                      <Table.Th>{t('applicants.source')}</Table.Th>
                      <Table.Th ta="right">{t('applicants.score')}</Table.Th>
                      <Table.Th>{t('applicants.stateColumn')}</Table.Th>
                      <Table.Th>{t('applicants.batch')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((a) => (
                      <Table.Tr key={a.id}>
                        <Table.Td>
                          {a.employee.name}
                          <Text size="xs" c="dimmed">
                            {a.employee.nip}
                          </Text>
                        </Table.Td>
                        <Table.Td>{a.employee.unit ?? '—'}</Table.Td>
                        <Table.Td>{t(`application.source.${a.source}`)}</Table.Td>
                        <Table.Td ta="right">{points(a.score)}</Table.Td>
                        <Table.Td>
                          <ApplicationStateBadge state={a.state} />
                          {a.waitlistPosition !== null && (
                            <Text size="xs">
                              {t('applicants.waitlistPosition', { position: a.waitlistPosition })}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {a.batchId !== null
                            ? batchName(a.batchId)
                            : a.preferences.map(batchName).join(' → ')}
                          {program.manageable && program.state === 'selected' && a.state === 'waitlisted' && (
                            <Button
                              size="compact-xs"
                              variant="default"
                              ml="xs"
                              onClick={() => setAssigning(a)}
                            >
                              {t('applicants.assign', { name: a.employee.name })}
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
              <Pager
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onChange={setPage}
                label={t('applicants.pages')}
              />
            </Stack>
          )
        }
      </QueryContent>
      {assigning && (
        <AssignDialog program={program} application={assigning} onClose={() => setAssigning(null)} />
      )}
    </Stack>
  );
}

/** Gives someone on the waiting list a seat left in one of the batches they asked for. */
function AssignDialog({
  program,
  application,
  onClose,
}: {
  program: Program;
  application: ProgramApplication;
  onClose: () => void;
}) {
  const { t } = useTranslation('programs');
  const notify = useNotify();
  const assign = useAssign(program.id);
  const open = program.batches.filter((b) => application.preferences.includes(b.id) && b.taken < b.capacity);
  const [batchId, setBatchId] = useState<string | null>(open[0] ? String(open[0].id) : null);
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('applicants.assignTitle', { name: application.employee.name })}
    >
      <Stack gap="md">
        {assign.isError && <ErrorAlert error={assign.error} />}
        {open.length === 0 ? (
          <Text size="sm">{t('applicants.noSeatLeft')}</Text>
        ) : (
          <Select
            label={t('applicants.batch')}
            allowDeselect={false}
            data={open.map((b) => ({ value: String(b.id), label: b.name }))}
            value={batchId}
            onChange={setBatchId}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button
            disabled={batchId === null}
            loading={assign.isPending}
            onClick={() =>
              batchId !== null &&
              assign.mutate(
                { employeeId: application.employee.id, batchId: Number(batchId) },
                {
                  onSuccess: () => {
                    notify({ color: 'teal', message: t('applicants.assigned') });
                    onClose();
                  },
                },
              )
            }
          >
            {t('applicants.assignConfirm')}
          </Button>
        </Group>
      </Stack>
    </ResponsiveModal>
  );
}

function SelectionFigures({
  program,
  selection,
}: {
  program: Program;
  selection: NonNullable<Program['selection']>;
}) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const figures = [
    [t('selection.applicants'), selection.applicants],
    [t('selection.seats'), selection.seats],
    [t('selection.selected'), selection.selected],
    [t('selection.waitlisted'), selection.waitlisted],
  ] as const;
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          {figures.map(([label, value]) => (
            <Stack key={label} gap={0}>
              <Text size="xl" fw={700}>
                {format.number(value)}
              </Text>
              <Text size="sm">{label}</Text>
            </Stack>
          ))}
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t('selection.computed', {
            at: format.timestamp(selection.computedAt),
            total: format.number(selection.totalScore / 100),
            ms: format.number(selection.milliseconds),
          })}
        </Text>
        {selection.minimumsMet.length > 0 && (
          <Text size="sm">
            {t('selection.minimums', {
              list: selection.minimumsMet.map((m) => `${m.unit}: ${format.number(m.selected)}`).join(', '),
            })}
          </Text>
        )}
        {(selection.reservedMet ?? []).length > 0 && (
          <Text size="sm">
            {t('selection.reserved', {
              list: (selection.reservedMet ?? [])
                .map((r) =>
                  t('selection.reservedLine', {
                    batch: program.batches.find((b) => b.id === r.batchId)?.name ?? '—',
                    group: program.affirmativeGroups.find((g) => g.key === r.group)?.label ?? r.group,
                    filled: format.number(r.filled),
                    reserved: format.number(r.reserved),
                  }),
                )
                .join('; '),
            })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
