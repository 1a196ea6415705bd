import { Button, Divider, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Succession } from '../../../api/types';
import { CardList } from '../../../components/card-list';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { QueryContent } from '../../../components/query-content';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useSuccession, useUnmarkKeyPosition } from '../api/succession';
import { PositionName } from './key-position-rows';
import { CandidateCard, SuccessorCard } from './successor-cards';

/**
 * A key position's succession: the position and its holders, the successors named with how soon each
 * would be ready, and the talent pool's candidates best matched to the position's standard. The
 * agency names, re-rates and removes successors and unmarks the position. From the bottom on a phone.
 */
export function SuccessionDrawer({ positionId, onClose }: { positionId: number; onClose: () => void }) {
  const { t } = useTranslation('talent');
  const { t: tc } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const succession = useSuccession(positionId);
  return (
    <Drawer
      opened
      onClose={onClose}
      position={isPhone ? 'bottom' : 'right'}
      size={isPhone ? '90%' : 'lg'}
      title={
        succession.data ? t('detail.title', { name: succession.data.position.name }) : t('tabs.succession')
      }
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <QueryContent query={succession} height={240}>
        {(data) => <SuccessionView data={data} onUnmarked={onClose} />}
      </QueryContent>
    </Drawer>
  );
}

function SuccessionView({ data, onUnmarked }: { data: Succession; onUnmarked: () => void }) {
  const { t } = useTranslation('talent');
  const format = useFormat();
  const notify = useNotify();
  const unmark = useUnmarkKeyPosition();
  const [unmarking, setUnmarking] = useState(false);
  const { position } = data;
  return (
    <Stack gap="md" data-testid="succession-drawer">
      <Stack gap={4}>
        <PositionName item={position} />
        <Text size="sm">
          {t('detail.holders', { count: position.holders, formatted: format.number(position.holders) })}
        </Text>
        {position.note && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('detail.note', { note: position.note })}
          </Text>
        )}
        {data.canManage && (
          <Button
            size="xs"
            variant="default"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => setUnmarking(true)}
          >
            {t('detail.unmark')}
          </Button>
        )}
      </Stack>
      <Divider />
      <Successors data={data} />
      <Divider />
      <Candidates data={data} />
      {unmarking && (
        <ConfirmDialog
          title={t('detail.unmarkTitle')}
          text={t('detail.unmarkText', { name: position.name })}
          confirm={t('detail.unmarkConfirm')}
          action={unmark}
          onClose={() => setUnmarking(false)}
          onConfirm={() =>
            unmark.mutate(position.positionId, {
              onSuccess: () => {
                notify({ color: 'teal', message: t('detail.unmarked', { name: position.name }) });
                onUnmarked();
              },
            })
          }
        />
      )}
    </Stack>
  );
}

function Successors({ data }: { data: Succession }) {
  const { t } = useTranslation('talent');
  const { position } = data;
  return (
    <Stack gap="sm" component="section" aria-labelledby="successors-heading">
      <Title order={3} size="h5" id="successors-heading">
        {t('successors.title')}
      </Title>
      {data.successors.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('successors.empty')} {data.canManage && t('successors.emptyAgency')}
        </Text>
      ) : (
        <CardList label={t('successors.title')} busy={false}>
          {data.successors.map((person) => (
            <SuccessorCard
              key={person.employeeId}
              person={person}
              positionId={position.positionId}
              positionName={position.name}
              canManage={data.canManage}
            />
          ))}
        </CardList>
      )}
    </Stack>
  );
}

function Candidates({ data }: { data: Succession }) {
  const { t } = useTranslation('talent');
  if (data.year === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('candidates.noYear')}
      </Text>
    );
  }
  const title = t('candidates.title', { year: data.year });
  return (
    <Stack gap="sm" component="section" aria-labelledby="candidates-heading">
      <Group gap="xs">
        <Title order={3} size="h5" id="candidates-heading">
          {title}
        </Title>
      </Group>
      <Text size="sm" c="dimmed">
        {t('candidates.help')}
      </Text>
      {data.candidates.length === 0 ? (
        <Text size="sm">{t('candidates.empty')}</Text>
      ) : (
        <CardList label={title} busy={false}>
          {data.candidates.map((person) => (
            <CandidateCard
              key={person.employeeId}
              person={person}
              positionId={data.position.positionId}
              canManage={data.canManage}
            />
          ))}
        </CardList>
      )}
    </Stack>
  );
}
