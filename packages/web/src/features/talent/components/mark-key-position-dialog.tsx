import { Button, Group, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Position } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { SEARCH_MIN_LENGTH, ServerSearchSelect } from '../../../components/server-search-select';
import { useDomainLabels } from '../../../lib/domain-labels';
import { useNotify } from '../../../lib/use-notify';
import { useFindPositions, useMarkKeyPosition } from '../api/succession';

type Picked = Pick<Position, 'id' | 'name' | 'kind'>;

const asPicked = (position: Position): Picked => position;
const nameOf = (position: Picked) => position.name;

/** The agency marks a position of the government as key, found by its name, with an optional note. */
export function MarkKeyPositionDialog({
  onClose,
  onMarked,
}: {
  onClose: () => void;
  onMarked: (positionId: number) => void;
}) {
  const { t } = useTranslation('talent');
  const labels = useDomainLabels();
  const notify = useNotify();
  const mark = useMarkKeyPosition();
  const [position, setPosition] = useState<Picked | null>(null);
  const [note, setNote] = useState('');
  const [pickError, setPickError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!position) {
      setPickError(t('mark.required'));
      return;
    }
    mark.mutate(
      { positionId: position.id, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => {
          notify({ color: 'teal', message: t('mark.done', { name: position.name }) });
          onMarked(position.id);
        },
      },
    );
  };
  return (
    <ResponsiveModal opened onClose={onClose} title={t('mark.title')}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {mark.isError && <ErrorAlert error={mark.error} />}
          <ServerSearchSelect
            value={position}
            onChange={(next) => {
              setPosition(next);
              setPickError(null);
            }}
            useMatches={useFindPositions}
            toItem={asPicked}
            nameOf={nameOf}
            detailOf={(p) => (p.kind ? labels.positionKind(p.kind) : undefined)}
            label={t('mark.position')}
            description={t('mark.positionHelp')}
            placeholder={t('mark.placeholder')}
            clearLabel={t('mark.clear')}
            typeMore={t('mark.typeMore', { min: SEARCH_MIN_LENGTH })}
            nothingFound={t('mark.nothingFound')}
            error={pickError}
          />
          <Textarea
            label={t('mark.note')}
            description={t('mark.noteHelp')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            maxLength={500}
            autosize
            minRows={2}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('mark.cancel')}
            </Button>
            <Button type="submit" loading={mark.isPending}>
              {t('mark.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
