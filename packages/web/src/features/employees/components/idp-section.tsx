import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { Badge, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeDetail, Idp } from '../../../api/types';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { QueryContent } from '../../../components/query-content';
import { ScrollTable } from '../../../components/scroll-table';
import { usePathName } from '../../../lib/development-paths';
import { hasPermission, useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useCreateIdp, useIdp, useIdpTransition } from '../api/idp';
import { IdpEditor } from './idp-editor';

const STATE_COLORS: Record<Idp['state'], string> = {
  draft: 'gray',
  agreed: 'blue',
  inProgress: 'indigo',
  done: 'teal',
};

/**
 * Rencana Pengembangan Individu of a year (this one unless another is chosen): started from the person's largest gaps, edited while
 * a draft, agreed by a supervisor or the agency (never by the person alone), then followed through.
 */
export function IdpSection({ employee }: { employee: EmployeeDetail }) {
  const { t } = useTranslation('development');
  const me = useMe();
  const format = useFormat();
  const notify = useNotify();
  const headingId = useId();
  const thisYear = Number(calendarDateIn(new Date(), format.timeZone).slice(0, 4));
  // Next year's plan is drafted late in this one; earlier years stay readable.
  const [year, setYear] = useState(thisYear);
  const idp = useIdp(employee.id, year);
  const create = useCreateIdp(employee.id);
  const own = me.employeeId === employee.id;
  const mayDraft = hasPermission(me, 'development.idp');
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h4" id={headingId}>
            {t('idp.heading')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('idp.intro', { year })}
          </Text>
        </Stack>
        <Select
          label={t('idp.year')}
          data={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map(String)}
          value={String(year)}
          onChange={(value) => value && setYear(Number(value))}
          allowDeselect={false}
          w={160}
        />
        <QueryContent query={idp} height={120}>
          {(data) =>
            data.idp === null ? (
              <Stack gap="sm">
                <EmptyMessage title={t('idp.none', { year })}>
                  {mayDraft ? t('idp.noneHint') : null}
                </EmptyMessage>
                {create.isError && <ErrorAlert error={create.error} />}
                {mayDraft && (
                  <Group>
                    <Button
                      loading={create.isPending}
                      onClick={() =>
                        create.mutate(
                          { year, recommend: true },
                          { onSuccess: () => notify({ color: 'teal', message: t('idp.created') }) },
                        )
                      }
                    >
                      {t('idp.create')}
                    </Button>
                  </Group>
                )}
              </Stack>
            ) : (
              <IdpView employeeId={employee.id} idp={data.idp} own={own} />
            )
          }
        </QueryContent>
      </Stack>
    </Card>
  );
}

function IdpView({ employeeId, idp, own }: { employeeId: number; idp: Idp; own: boolean }) {
  const { t } = useTranslation('development');
  const format = useFormat();
  const notify = useNotify();
  const move = useIdpTransition(employeeId, idp.year);
  return (
    <Stack gap="md">
      <Group gap="sm">
        <Badge color={STATE_COLORS[idp.state]} variant="light">
          {t(`idp.state.${idp.state}`)}
        </Badge>
        {idp.agreedBy && idp.agreedAt && (
          <Text size="sm">
            {t('idp.agreed', { name: idp.agreedBy, date: format.timestamp(idp.agreedAt) })}
          </Text>
        )}
      </Group>
      {move.isError && <ErrorAlert error={move.error} />}
      {idp.transitions.length > 0 && (
        <Group gap="xs">
          {idp.transitions.map((transition) => (
            <Button
              key={transition}
              variant={transition === 'reopen' ? 'default' : 'filled'}
              loading={move.isPending && move.variables === transition}
              onClick={() =>
                move.mutate(transition, {
                  onSuccess: () => notify({ color: 'teal', message: t(`idp.moved.${transition}`) }),
                })
              }
            >
              {t(`idp.transition.${transition}`)}
            </Button>
          ))}
        </Group>
      )}
      {own && idp.state === 'draft' && (
        <Text size="sm" c="dimmed">
          {t('idp.ownAgree')}
        </Text>
      )}
      {idp.editable ? (
        <IdpEditor
          key={`${idp.state}-${idp.items.map((i) => i.id).join(',')}`}
          employeeId={employeeId}
          idp={idp}
        />
      ) : (
        <IdpTable idp={idp} />
      )}
    </Stack>
  );
}

function IdpTable({ idp }: { idp: Idp }) {
  const { t } = useTranslation('development');
  const format = useFormat();
  const pathName = usePathName();
  if (idp.items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('idp.empty')}
      </Text>
    );
  const caption = t('idp.caption', { year: idp.year });
  return (
    <ScrollTable label={caption} minWidth={640}>
      <Table verticalSpacing="xs" striped>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('idp.col.activity')}</Table.Th>
            <Table.Th scope="col">{t('idp.col.path')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('idp.col.jp')}
            </Table.Th>
            <Table.Th scope="col">{t('idp.col.dueOn')}</Table.Th>
            <Table.Th scope="col">{t('idp.col.completedOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {idp.items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Text size="sm">{item.activity}</Text>
                {item.competency && (
                  <Text size="xs" c="dimmed">
                    {item.competency.code} · {item.competency.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{pathName(item.pathCode)}</Table.Td>
              <Table.Td ta="end">{format.number(item.jp)}</Table.Td>
              <Table.Td>{item.dueOn ? format.date(item.dueOn) : '—'}</Table.Td>
              <Table.Td>{item.completedOn ? format.date(item.completedOn) : t('idp.notDone')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
