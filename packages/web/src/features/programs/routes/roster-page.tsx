import {
  Alert,
  Anchor,
  Box,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Roster, RosterEntry } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { NotFoundMessage } from '../../../components/not-found';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { AnchorLink } from '../../../components/router-links';
import { ScrollTable } from '../../../components/scroll-table';
import { apiHref, isApiError } from '../../../lib/api-client';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { hasPermission, useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import {
  useCheckInCode,
  useCloseBatch,
  useRecordAttendance,
  useRecordScore,
  useRevokeCertificate,
  useRoster,
} from '../api/programs';
import { LearningTestInput } from '../components/learning-test-input';

const route = getRouteApi('/_authed/programs/$programId/batches/$batchId');

/** A batch's days for whoever keeps it: attendance per participant and day, final scores, closing. */
export function RosterPage() {
  const { programId, batchId } = route.useParams();
  const id = Number(programId);
  const batch = Number(batchId);
  if (!Number.isInteger(id) || id <= 0 || !Number.isInteger(batch) || batch <= 0) return <NotFoundMessage />;
  return <RosterLoader id={id} batchId={batch} />;
}

function RosterLoader({ id, batchId }: { id: number; batchId: number }) {
  const { t } = useTranslation('programs');
  const roster = useRoster(id, batchId);
  // A trainer the batch names keeps it without reading the catalog: back to their own batches.
  const agency = hasPermission(useMe(), 'program.manage');
  if (isApiError(roster.error, 404) || isApiError(roster.error, 403)) {
    return <NotFoundMessage title={t('roster.notFound')} />;
  }
  return (
    <Stack gap="lg">
      {agency ? (
        <AnchorLink to="/programs/$programId" params={{ programId: String(id) }} size="sm">
          {t('roster.back')}
        </AnchorLink>
      ) : (
        <AnchorLink to="/teaching" size="sm">
          {t('roster.backToTeaching')}
        </AnchorLink>
      )}
      <QueryContent query={roster} height={240}>
        {(data) => <RosterView roster={data} />}
      </QueryContent>
    </Stack>
  );
}

function RosterView({ roster }: { roster: Roster }) {
  const { t } = useTranslation('programs');
  // Closing the batch and the certificates are the agency's; a trainer keeps attendance and scores.
  const agency = hasPermission(useMe(), 'program.manage');
  const format = useFormat();
  const notify = useNotify();
  const [showingCode, setShowingCode] = useState(false);
  const [revoking, setRevoking] = useState<RosterEntry | null>(null);
  const close = useCloseBatch(roster.programId, roster.batchId);
  const attendance = useRecordAttendance(roster.programId, roster.batchId);
  const today = roster.days.includes(roster.today);
  const over = roster.today >= roster.days[roster.days.length - 1]!;
  return (
    <Stack gap="md">
      <PageTitle title={t('roster.title', { name: roster.name })} />
      <Text size="sm" c="dimmed">
        {roster.closedAt
          ? t('roster.closed', { at: format.timestamp(roster.closedAt) })
          : t('roster.intro', { from: format.date(roster.days[0]), to: format.date(roster.days.at(-1)) })}
      </Text>
      {roster.editable && (
        <Group gap="xs">
          {today && <Button onClick={() => setShowingCode(true)}>{t('roster.showCode')}</Button>}
          {agency && (
            <Button
              variant={over ? 'filled' : 'default'}
              disabled={!over}
              loading={close.isPending}
              onClick={() =>
                close.mutate(undefined, {
                  onSuccess: () => notify({ color: 'teal', message: t('roster.closedDone') }),
                })
              }
            >
              {t('roster.close')}
            </Button>
          )}
        </Group>
      )}
      {roster.editable && agency && !over && (
        <Text size="sm" c="dimmed">
          {t('roster.closeFrom', { day: format.date(roster.days.at(-1)) })}
        </Text>
      )}
      {close.isError && <ErrorAlert error={close.error} />}
      {attendance.isError && <ErrorAlert error={attendance.error} />}
      <Title order={2} size="h4">
        {t('roster.participants', { count: roster.participants.length })}
      </Title>
      <ScrollTable label={t('roster.table')} minWidth={580 + roster.days.length * 90}>
        <Table striped aria-label={t('roster.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('applicants.name')}</Table.Th>
              {roster.days.map((day) => (
                <Table.Th key={day} ta="center">
                  {format.date(day)}
                </Table.Th>
              ))}
              <Table.Th>{t('evaluation.roster.pre')}</Table.Th>
              <Table.Th>{t('evaluation.roster.post')}</Table.Th>
              <Table.Th>{t('roster.score')}</Table.Th>
              <Table.Th>{t('roster.outcome')}</Table.Th>
              <Table.Th>{t('roster.certificate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {roster.participants.map((person) => (
              <Table.Tr key={person.applicationId}>
                <Table.Td>
                  {person.employee.name}
                  <Text size="xs" c="dimmed">
                    {person.employee.nip}
                  </Text>
                </Table.Td>
                {roster.days.map((day) => (
                  <Table.Td key={day} ta="center">
                    <Box display="inline-block">
                      <Checkbox
                        aria-label={t('roster.present', {
                          name: person.employee.name,
                          day: format.date(day),
                        })}
                        checked={person.attended.includes(day)}
                        disabled={!roster.editable || day > roster.today || attendance.isPending}
                        onChange={(event) =>
                          attendance.mutate({
                            applicationId: person.applicationId,
                            day,
                            present: event.currentTarget.checked,
                          })
                        }
                      />
                    </Box>
                  </Table.Td>
                ))}
                <Table.Td>
                  <LearningTestInput roster={roster} person={person} test="pre" />
                </Table.Td>
                <Table.Td>
                  <LearningTestInput roster={roster} person={person} test="post" />
                </Table.Td>
                <Table.Td>
                  <ScoreInput roster={roster} person={person} />
                </Table.Td>
                <Table.Td>
                  <Outcome person={person} />
                </Table.Td>
                <Table.Td>
                  {agency ? (
                    <Certificate roster={roster} person={person} onRevoke={() => setRevoking(person)} />
                  ) : (
                    <Text size="sm">{person.certificateId === null ? '—' : t('roster.issued')}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {showingCode && <CheckInCodeDialog roster={roster} onClose={() => setShowingCode(false)} />}
      {revoking && <RevokeDialog roster={roster} person={revoking} onClose={() => setRevoking(null)} />}
    </Stack>
  );
}

function ScoreInput({ roster, person }: { roster: Roster; person: RosterEntry }) {
  const { t } = useTranslation('programs');
  const record = useRecordScore(roster.programId, roster.batchId);
  const [value, setValue] = useState<number | string>(person.finalScore ?? '');
  const save = () => {
    const next = value === '' ? null : Number(value);
    if (next === person.finalScore) return;
    record.mutate({ applicationId: person.applicationId, finalScore: next });
  };
  return (
    <NumberInput
      aria-label={t('roster.scoreOf', { name: person.employee.name })}
      value={value}
      onChange={setValue}
      onBlur={save}
      min={0}
      max={100}
      decimalScale={2}
      w={96}
      disabled={!roster.editable}
      error={record.isError ? t('roster.scoreRefused') : undefined}
    />
  );
}

function Outcome({ person }: { person: RosterEntry }) {
  const { t } = useTranslation('programs');
  if (person.completion === null) return <Text size="sm">—</Text>;
  return (
    <Text size="sm" c={person.completion === 'completed' ? 'teal.9' : 'red.9'} fw={600}>
      {person.completion === 'completed'
        ? t('roster.completed')
        : t(`roster.failed.${person.completionFailure ?? 'both'}`)}
    </Text>
  );
}

/** The day's QR code, large, for the participants to scan from their seats. */
function CheckInCodeDialog({ roster, onClose }: { roster: Roster; onClose: () => void }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const code = useCheckInCode(roster.programId, roster.batchId, true);
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('roster.codeTitle', { day: format.date(roster.today) })}
      size="lg"
    >
      <QueryContent query={code} height={320}>
        {(data) => (
          <Stack gap="sm" align="center">
            <img
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(data.svg)}`}
              alt={t('roster.codeImage')}
              style={{ width: 'min(100%, 420px)', height: 'auto' }}
            />
            <Alert variant="light" color="blue" w="100%">
              {t('roster.codeHelp')}
            </Alert>
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {data.url}
            </Text>
          </Stack>
        )}
      </QueryContent>
    </ResponsiveModal>
  );
}

function Certificate({
  roster,
  person,
  onRevoke,
}: {
  roster: Roster;
  person: RosterEntry;
  onRevoke: () => void;
}) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  if (person.certificateId === null) return <Text size="sm">—</Text>;
  return (
    <Group gap="xs" wrap="nowrap">
      <Anchor
        size="sm"
        href={apiHref('/api/v1/programs/{id}/certificates/{certificateId}/pdf', {
          path: { id: roster.programId, certificateId: person.certificateId },
          query: { lang: format.language },
        })}
      >
        {t('roster.pdf', { name: person.employee.name })}
      </Anchor>
      {person.certificateRevoked ? (
        <Text size="sm" c="red.9" fw={600}>
          {t('roster.revoked')}
        </Text>
      ) : (
        <Button size="compact-xs" variant="subtle" color="red" onClick={onRevoke}>
          {t('roster.revoke', { name: person.employee.name })}
        </Button>
      )}
    </Group>
  );
}

/** Revokes a participant's certificate, with the reason the agency records (never shown to the public). */
function RevokeDialog({
  roster,
  person,
  onClose,
}: {
  roster: Roster;
  person: RosterEntry;
  onClose: () => void;
}) {
  const { t } = useTranslation('programs');
  const notify = useNotify();
  const revoke = useRevokeCertificate(roster.programId, roster.batchId);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : t('form.required')) },
  });
  return (
    <ResponsiveModal opened onClose={onClose} title={t('roster.revokeTitle', { name: person.employee.name })}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          revoke.mutate(
            { certificateId: person.certificateId!, reason: values.reason.trim() },
            {
              onSuccess: () => {
                notify({ color: 'teal', message: t('roster.revokedDone') });
                onClose();
              },
              onError: (error) => form.setErrors(serverFieldErrors(error)),
            },
          ),
        )}
      >
        <Stack gap="md">
          {revoke.isError && <ErrorAlert error={revoke.error} />}
          <Text size="sm">{t('roster.revokeHelp')}</Text>
          <Textarea
            label={t('roster.reason')}
            required
            autosize
            minRows={2}
            maxLength={1000}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color="red" loading={revoke.isPending}>
              {t('roster.revokeConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
