import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PolicyArea, PolicyState, ProvisionChange } from '../../../api/types';

const STATE_COLORS: Record<PolicyState, string> = {
  draft: 'gray',
  consultation: 'blue',
  adopted: 'indigo',
  in_force: 'teal',
  under_evaluation: 'orange',
  revising: 'grape',
  retired: 'dark',
};

export function PolicyStateBadge({ state }: { state: PolicyState }) {
  const { t } = useTranslation('domain');
  return (
    <Badge variant="light" color={STATE_COLORS[state]} tt="none" w="max-content">
      {t(`policyState.${state}`)}
    </Badge>
  );
}

export function PolicyAreaBadge({ area }: { area: PolicyArea }) {
  const { t } = useTranslation('domain');
  return (
    <Badge variant="outline" color="gray" tt="none" w="max-content">
      {t(`policyArea.${area}`)}
    </Badge>
  );
}

const CHANGE_COLORS: Record<ProvisionChange['kind'], string> = {
  unchanged: 'gray',
  added: 'teal',
  modified: 'orange',
  moved: 'blue',
  split: 'grape',
  merged: 'violet',
  deleted: 'red',
};

export function ChangeBadge({ kind }: { kind: ProvisionChange['kind'] }) {
  const { t } = useTranslation('policies');
  return (
    <Badge size="sm" variant="light" color={CHANGE_COLORS[kind]} tt="none" w="max-content">
      {t(`change.${kind}`)}
    </Badge>
  );
}
