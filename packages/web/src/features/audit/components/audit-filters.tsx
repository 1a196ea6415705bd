import {
  AUDIT_ACTION_GROUPS,
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  auditActionGroup,
} from '@jenjang/domain/shared/audit-actions';
import { type TimeZone, zoneAbbreviation } from '@jenjang/domain/shared/time-zone';
import { Button, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDomainLabels } from '../../../lib/domain-labels';
import type { AuditSearch } from '../routes/audit-search';
import { ActorPicker, type PickedActor } from './actor-picker';

interface AuditFiltersProps {
  search: AuditSearch;
  onChange: (patch: Partial<AuditSearch>) => void;
  /** The name of the account in `search.actor`, when the page knows it. */
  actor: PickedActor | null;
  onActor: (actor: PickedActor | null) => void;
  timeZone: TimeZone;
}

/** Who (actor), what (action or its group, kind of object) and when (days on the government's clock). */
export function AuditFilters({ search, onChange, actor, onActor, timeZone }: AuditFiltersProps) {
  const { t } = useTranslation('audit');
  const labels = useDomainLabels();
  const clear = (name: string) => ({ 'aria-label': t('filters.clearOne', { filter: name }) });
  const actionData = AUDIT_ACTION_GROUPS.map((group) => ({
    group: labels.auditActionGroup(group),
    items: [
      { value: group, label: t('filters.group', { group: labels.auditActionGroup(group) }) },
      ...AUDIT_ACTIONS.filter((action) => auditActionGroup(action) === group).map((action) => ({
        value: action,
        label: labels.auditAction(action),
      })),
    ],
  }));
  const known =
    AUDIT_ACTION_GROUPS.includes(search.action ?? '') || AUDIT_ACTIONS.some((a) => a === search.action);
  // An action from a link that this version does not list still shows, by its code.
  if (search.action && !known)
    actionData.push({ group: '—', items: [{ value: search.action, label: search.action }] });
  const active = [search.actor, search.action, search.entity, search.from, search.to].some(
    (v) => v !== undefined,
  );
  const dates = t('filters.datesHint', { zone: zoneAbbreviation(timeZone) });

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="sm">
      <ActorPicker
        value={actor}
        onChange={(picked) => {
          onActor(picked);
          onChange({ actor: picked?.id });
        }}
      />
      <Select
        label={t('filters.action')}
        placeholder={t('filters.allActions')}
        data={actionData}
        value={search.action ?? null}
        onChange={(value) => onChange({ action: value ?? undefined })}
        searchable
        clearable
        clearButtonProps={clear(t('filters.action'))}
      />
      <Select
        label={t('filters.entity')}
        placeholder={t('filters.allEntities')}
        data={AUDIT_ENTITIES.map((entity) => ({ value: entity, label: labels.auditEntity(entity) }))}
        value={search.entity ?? null}
        onChange={(value) => onChange({ entity: value ?? undefined, entityId: undefined })}
        clearable
        clearButtonProps={clear(t('filters.entity'))}
      />
      <TextInput
        type="date"
        label={t('filters.from')}
        description={dates}
        value={search.from ?? ''}
        max={search.to}
        onChange={(event) => onChange({ from: event.currentTarget.value || undefined })}
      />
      <TextInput
        type="date"
        label={t('filters.to')}
        description={dates}
        value={search.to ?? ''}
        min={search.from}
        onChange={(event) => onChange({ to: event.currentTarget.value || undefined })}
      />
      {active && (
        <Button
          variant="subtle"
          style={{ alignSelf: 'end', justifySelf: 'start' }}
          onClick={() => {
            onActor(null);
            onChange({
              actor: undefined,
              action: undefined,
              entity: undefined,
              entityId: undefined,
              from: undefined,
              to: undefined,
            });
          }}
        >
          {t('filters.reset')}
        </Button>
      )}
    </SimpleGrid>
  );
}
