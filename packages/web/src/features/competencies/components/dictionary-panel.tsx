import { COMPETENCY_TYPES } from '@jenjang/domain/competency/competency-dictionary';
import { Accordion, Badge, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competency, CompetencyType } from '../../../api/types';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { useCompetencyDictionary } from '../../../lib/get-competency-dictionary';
import { useFormat } from '../../../lib/use-format';
import { CompetencyLevels } from './competency-levels';
import { useCanManageCompetencies } from './permissions';
import { RemoveCompetencyDialog } from './remove-competency-dialog';
import { TechnicalCompetencyDialog } from './technical-competency-dialog';

/**
 * Kamus Kompetensi: the national competencies of PermenPANRB 38/2017 by type (read-only), then the
 * government's technical ones, which its tenant-wide admins add, change and remove.
 */
export function DictionaryPanel() {
  const { t } = useTranslation('competencies');
  const competencies = useCompetencyDictionary();
  const canManage = useCanManageCompetencies();
  const [editing, setEditing] = useState<Competency | 'new' | null>(null);
  const [removing, setRemoving] = useState<Competency | null>(null);
  const headingId = useId();
  const items = competencies.data?.items ?? [];

  return (
    <Stack gap="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Title order={2} size="h4" id={headingId}>
            {t('dictionary.heading')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('dictionary.intro')}
          </Text>
        </Stack>
        {canManage && <Button onClick={() => setEditing('new')}>{t('dictionary.add')}</Button>}
      </Group>
      {competencies.isError && (
        <ErrorAlert error={competencies.error} onRetry={() => void competencies.refetch()} />
      )}
      {competencies.isPending && <Skeleton h={320} aria-busy="true" />}
      {competencies.data &&
        COMPETENCY_TYPES.map((type) => (
          <CompetencyGroup
            key={type}
            type={type}
            items={items.filter((competency) => competency.type === type)}
            canManage={canManage}
            onEdit={setEditing}
            onRemove={setRemoving}
          />
        ))}
      {editing !== null && (
        <TechnicalCompetencyDialog
          competency={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {removing && <RemoveCompetencyDialog competency={removing} onClose={() => setRemoving(null)} />}
    </Stack>
  );
}

function CompetencyGroup({
  type,
  items,
  canManage,
  onEdit,
  onRemove,
}: {
  type: CompetencyType;
  items: Competency[];
  canManage: boolean;
  onEdit: (competency: Competency) => void;
  onRemove: (competency: Competency) => void;
}) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const headingId = useId();
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t(`types.${type}`)} ({format.number(items.length)})
      </Title>
      {items.length === 0 ? (
        <EmptyMessage title={t('dictionary.noTechnical')}>
          {canManage ? t('dictionary.noTechnicalAdmin') : t('dictionary.noTechnicalReader')}
        </EmptyMessage>
      ) : (
        <Accordion multiple variant="separated" radius="md" order={4} chevronPosition="left">
          {items.map((competency) => (
            <Accordion.Item key={competency.id} value={String(competency.id)}>
              <Accordion.Control>
                <Group gap="sm" wrap="nowrap" align="baseline">
                  <Text ff="monospace" size="sm" fw={600} miw="5.5rem">
                    {competency.code}
                  </Text>
                  <Text fw={600}>{competency.name}</Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <CompetencyDetail
                  competency={competency}
                  canManage={canManage && !competency.national}
                  onEdit={() => onEdit(competency)}
                  onRemove={() => onRemove(competency)}
                />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}

function CompetencyDetail({
  competency,
  canManage,
  onEdit,
  onRemove,
}: {
  competency: Competency;
  canManage: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  return (
    <Stack gap="md">
      <Group gap="xs">
        {competency.national && (
          <Badge variant="light" color="indigo" tt="none">
            {t('dictionary.national')}
          </Badge>
        )}
        <Text size="sm" c="dimmed">
          {t('dictionary.positionCount', {
            count: competency.positionCount,
            formatted: format.number(competency.positionCount),
          })}
        </Text>
      </Group>
      <Text size="sm">{competency.definition ?? t('dictionary.noDefinition')}</Text>
      <CompetencyLevels levels={competency.levels} name={competency.name} />
      {canManage && (
        <Group gap="sm">
          <Button
            variant="default"
            size="compact-sm"
            onClick={onEdit}
            aria-label={t('dictionary.editNamed', { name: competency.name })}
          >
            {t('dictionary.edit')}
          </Button>
          <Button
            variant="subtle"
            color="red"
            size="compact-sm"
            onClick={onRemove}
            aria-label={t('dictionary.removeNamed', { name: competency.name })}
          >
            {t('dictionary.remove')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
