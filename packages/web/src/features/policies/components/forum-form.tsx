import { zoneAbbreviation } from '@jenjang/domain/shared/time-zone';
import { Button, Group, MultiSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Forum } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { useFormat } from '../../../lib/use-format';
import { useCreateForum, useForumAct } from '../api/forums';
import { usePolicies } from '../api/policies';

/**
 * Announcing a forum: its name, year, start and end on the government's clock, place, policies; or,
 * given `forum`, correcting those details until it closes.
 */
export function ForumFormModal({
  opened,
  forum,
  onClose,
  onCreated,
}: {
  opened: boolean;
  forum?: Forum;
  onClose: () => void;
  onCreated?: (id: number) => void;
}) {
  const { t } = useTranslation('forum');
  return (
    <ResponsiveModal opened={opened} onClose={onClose} title={t(forum ? 'form.editTitle' : 'form.title')}>
      {opened && <ForumForm forum={forum} onDone={onClose} onCreated={onCreated} />}
    </ResponsiveModal>
  );
}

function ForumForm({
  forum,
  onDone,
  onCreated,
}: {
  forum: Forum | undefined;
  onDone: () => void;
  onCreated: ((id: number) => void) | undefined;
}) {
  const { t } = useTranslation('forum');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const policies = usePolicies();
  const create = useCreateForum();
  const update = useForumAct(forum?.id ?? 0);
  const saving = forum ? update : create;
  const year = new Date().getFullYear();
  const [title, setTitle] = useState(forum?.title ?? `${t('list.title')} ${year}`);
  const [forumYear, setForumYear] = useState<number>(forum?.year ?? year);
  const [startsAt, setStartsAt] = useState(forum?.local.startsAt ?? '');
  const [endsAt, setEndsAt] = useState(forum?.local.endsAt ?? '');
  const [place, setPlace] = useState(forum?.place ?? '');
  const [policyIds, setPolicyIds] = useState<string[]>((forum?.policyIds ?? []).map(String));
  const help = t('form.timeHelp', { zone: zoneAbbreviation(format.timeZone) });
  const ready = title.trim() && place.trim() && startsAt && endsAt;
  const submit = () => {
    const body = {
      title: title.trim(),
      year: forumYear,
      startsAt,
      endsAt,
      place: place.trim(),
      policyIds: policyIds.map(Number),
    };
    if (forum) update.mutate({ kind: 'details', body }, { onSuccess: onDone });
    else create.mutate(body, { onSuccess: (created) => onCreated?.(created.id) });
  };
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
      {saving.isError && <ErrorAlert error={saving.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {tc('common.cancel')}
        </Button>
        <Button onClick={submit} loading={saving.isPending} disabled={!ready}>
          {t(forum ? 'form.save' : 'form.create')}
        </Button>
      </Group>
    </Stack>
  );
}
