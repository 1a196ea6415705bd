import { zoneAbbreviation } from '@jenjang/domain/shared/time-zone';
import { Button, Group, Modal, MultiSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/use-format';
import { useCreateForum } from '../api/forums';
import { usePolicies } from '../api/policies';

/** Announcing a forum: its name, year, start and end on the government's clock, place, policies. */
export function ForumFormModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (id: number) => void;
}) {
  const { t } = useTranslation('forum');
  const { t: tc } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 35.99em)', false, { getInitialValueInEffect: false });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('form.title')}
      fullScreen={isPhone}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      {opened && <ForumForm onCancel={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function ForumForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (id: number) => void }) {
  const { t } = useTranslation('forum');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const policies = usePolicies();
  const create = useCreateForum();
  const year = new Date().getFullYear();
  const [title, setTitle] = useState(`${t('list.title')} ${year}`);
  const [forumYear, setForumYear] = useState<number>(year);
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [place, setPlace] = useState('');
  const [policyIds, setPolicyIds] = useState<string[]>([]);
  const help = t('form.timeHelp', { zone: zoneAbbreviation(format.timeZone) });
  const ready = title.trim() && place.trim() && startsAt && endsAt;
  const submit = () =>
    create.mutate(
      {
        title: title.trim(),
        year: forumYear,
        startsAt,
        endsAt,
        place: place.trim(),
        policyIds: policyIds.map(Number),
      },
      { onSuccess: (created) => onCreated(created.id) },
    );
  return (
    <Stack>
      <TextInput
        label={t('form.name')}
        required
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
      />
      <NumberInput
        label={t('form.year')}
        required
        min={2000}
        max={2100}
        value={forumYear}
        onChange={(value) => setForumYear(Number(value) || year)}
      />
      <TextInput
        type="datetime-local"
        label={t('form.startsAt')}
        description={help}
        required
        value={startsAt}
        onChange={(e) => setStartsAt(e.currentTarget.value)}
      />
      <TextInput
        type="datetime-local"
        label={t('form.endsAt')}
        description={help}
        required
        value={endsAt}
        onChange={(e) => setEndsAt(e.currentTarget.value)}
      />
      <TextInput
        label={t('form.place')}
        required
        value={place}
        onChange={(e) => setPlace(e.currentTarget.value)}
      />
      <MultiSelect
        label={t('form.policies')}
        searchable
        value={policyIds}
        onChange={setPolicyIds}
        data={(policies.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.title }))}
      />
      {create.isError && <ErrorAlert error={create.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {tc('common.cancel')}
        </Button>
        <Button onClick={submit} loading={create.isPending} disabled={!ready}>
          {t('form.create')}
        </Button>
      </Group>
    </Stack>
  );
}
