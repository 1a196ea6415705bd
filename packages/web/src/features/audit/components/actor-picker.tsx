import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../api/types';
import { SEARCH_MIN_LENGTH, ServerSearchSelect } from '../../../components/server-search-select';
import { useFindActors } from '../api/find-actors';

export interface PickedActor {
  id: number;
  name: string;
  username?: string;
}

const asActor = (account: AccountSummary): PickedActor => ({
  id: account.id,
  name: account.displayName,
  username: account.username,
});
const nameOf = (actor: PickedActor) => actor.name;
const usernameOf = (actor: PickedActor) => actor.username;

/** Finds who acted by name or username on the server (accounts within the reader's reach). */
export function ActorPicker({
  value,
  onChange,
}: {
  value: PickedActor | null;
  onChange: (actor: PickedActor | null) => void;
}) {
  const { t } = useTranslation('audit');
  return (
    <ServerSearchSelect
      value={value}
      onChange={onChange}
      useMatches={useFindActors}
      toItem={asActor}
      nameOf={nameOf}
      detailOf={usernameOf}
      label={t('filters.actor')}
      description={t('filters.actorHint')}
      placeholder={t('filters.actorPlaceholder')}
      clearLabel={t('filters.clearOne', { filter: t('filters.actor') })}
      typeMore={t('filters.actorTypeMore', { min: SEARCH_MIN_LENGTH })}
      nothingFound={t('filters.actorNothingFound')}
    />
  );
}
