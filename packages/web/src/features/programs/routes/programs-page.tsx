import { PROGRAM_STATES } from '@jenjang/domain/programs/program.rules';
import { STUDY_PATH } from '@jenjang/domain/programs/program-paths';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramState, ProgramSummary } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { EmptyMessage } from '../../../components/empty-state';
import { PageTitle } from '../../../components/page-title';
import { Pager } from '../../../components/pager';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink } from '../../../components/router-links';
import { usePathName } from '../../../lib/development-paths';
import { hasPermission, useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { usePrograms } from '../api/programs';
import { ProgramDialog } from '../components/program-dialog';
import { ApplicationStateBadge, ProgramStateBadge } from '../components/program-state-badge';

/** The catalog: programs open for applications first, each with its seats and the reader's own state. */
export function ProgramsPage() {
  const { t } = useTranslation('programs');
  const me = useMe();
  const [state, setState] = useState<ProgramState | null>(null);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const programs = usePrograms(state, page);
  const manager = hasPermission(me, 'program.manage');
  const states = PROGRAM_STATES.filter((s) => manager || s !== 'draft');
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <PageTitle title={t('catalog.title')} />
          <Text c="dimmed" size="sm">
            {t('catalog.intro')}
          </Text>
        </div>
        <Group gap="sm">
          {/* An employee the agency names as a trainer finds their batches here. */}
          {!manager && hasPermission(me, 'program.teach') && (
            <AnchorLink to="/teaching" size="sm">
              {t('teaching.link')}
            </AnchorLink>
          )}
          {manager && <Button onClick={() => setCreating(true)}>{t('catalog.new')}</Button>}
        </Group>
      </Group>
      <Select
        label={t('catalog.state')}
        placeholder={t('catalog.allStates')}
        data={states.map((s) => ({ value: s, label: t(`state.${s}`) }))}
        value={state}
        onChange={(value) => {
          setState(value as ProgramState | null);
          setPage(1);
        }}
        clearable
        clearButtonProps={{ 'aria-label': t('catalog.allStates') }}
        w={{ base: '100%', xs: 240 }}
      />
      <QueryContent query={programs} height={200}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyMessage title={t('catalog.empty')}>
              {manager ? t('catalog.emptyManager') : null}
            </EmptyMessage>
          ) : (
            <Stack gap="sm">
              <CardList label={t('catalog.title')} busy={programs.isFetching}>
                {data.items.map((program) => (
                  <ProgramCard key={program.id} program={program} />
                ))}
              </CardList>
              <Pager
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onChange={setPage}
                label={t('catalog.pages')}
              />
            </Stack>
          )
        }
      </QueryContent>
      {creating && <ProgramDialog program={null} onClose={() => setCreating(false)} />}
    </Stack>
  );
}

function ProgramCard({ program }: { program: ProgramSummary }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const pathName = usePathName();
  return (
    <CardItem>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <AnchorLink to="/programs/$programId" params={{ programId: String(program.id) }} fw={600}>
            {program.title}
          </AnchorLink>
          <ProgramStateBadge state={program.state} />
        </Group>
        <Text size="sm" c="dimmed">
          {pathName(program.pathCode)}
          {program.pathCode === STUDY_PATH ? '' : ` · ${t('catalog.jp', { jp: format.number(program.jp) })}`}
          {program.providerName ? ` · ${program.providerName}` : ''}
        </Text>
        <Text size="sm">
          {t('catalog.seats', {
            seats: format.number(program.seats),
            applicants: format.number(program.applicants),
          })}
          {program.firstDay ? ` · ${t('catalog.firstDay', { day: format.date(program.firstDay) })}` : ''}
          {program.state === 'open' && program.applicationsCloseOn
            ? ` · ${t('catalog.closesOn', { day: format.date(program.applicationsCloseOn) })}`
            : ''}
        </Text>
        {program.myState && (
          <Group gap="xs">
            <Text size="sm">{t('catalog.mine')}</Text>
            <ApplicationStateBadge state={program.myState} />
          </Group>
        )}
      </Stack>
    </CardItem>
  );
}
