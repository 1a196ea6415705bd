import { Button, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { MyPerformance } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ErrorAlert } from '../../../components/error-alert';
import { useNotify } from '../../../lib/use-notify';
import { useCreateSkp } from '../api/performance';

type OpenCycle = MyPerformance['openCycles'][number];

/**
 * The years the reader may still open their SKP in, each with its button. The SKP names their direct
 * supervisor as appraiser; where the organisation names none, the server's words say whom to ask.
 */
export function OpenCycles({ cycles }: { cycles: readonly OpenCycle[] }) {
  const { t } = useTranslation('performance');
  const notify = useNotify();
  const navigate = useNavigate();
  const create = useCreateSkp();
  return (
    <CardList label={t('mine.openTitle')} busy={create.isPending}>
      {cycles.map((cycle) => (
        <CardItem key={cycle.id}>
          <Stack gap="xs">
            <Text size="sm">
              {t('mine.openCycle', { year: cycle.year, stage: t(`cycleState.${cycle.state}`) })}
            </Text>
            {create.isError && create.variables === cycle.id && <ErrorAlert error={create.error} />}
            <Button
              w={{ base: '100%', xs: 'auto' }}
              style={{ alignSelf: 'flex-start' }}
              loading={create.isPending && create.variables === cycle.id}
              onClick={() =>
                create.mutate(cycle.id, {
                  onSuccess: (skp) => {
                    notify({ color: 'teal', message: t('mine.created', { year: cycle.year }) });
                    void navigate({ to: '/performance/skp/$skpId', params: { skpId: String(skp.id) } });
                  },
                })
              }
            >
              {t('mine.create', { year: cycle.year })}
            </Button>
          </Stack>
        </CardItem>
      ))}
    </CardList>
  );
}
