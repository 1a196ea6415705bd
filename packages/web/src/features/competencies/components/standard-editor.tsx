import {
  Alert,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositionStandard, StandardRequirement } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { ScrollTable } from '../../../components/scroll-table';
import { competencyGroups, useCompetencyDictionary } from '../../../lib/get-competency-dictionary';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useSaveStandard } from '../api/save-standard';
import { CopyStandardDialog } from './copy-standard-dialog';
import { LEVELS } from './technical-competency-values';

const LEVEL_OPTIONS = LEVELS.map((level) => String(level));

const sameRequirements = (a: readonly StandardRequirement[], b: readonly StandardRequirement[]) =>
  a.length === b.length &&
  a.every((row, i) => row.competencyId === b[i]?.competencyId && row.requiredLevel === b[i]?.requiredLevel);

/**
 * One position's standard as a table: read by everyone, changed by tenant-wide admins row by row
 * and saved whole (PUT replaces the standard with what the table lists).
 */
export function StandardEditor({ standard, canManage }: { standard: PositionStandard; canManage: boolean }) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const notify = useNotify();
  const save = useSaveStandard(standard.positionId);
  const headingId = useId();
  const [rows, setRows] = useState<StandardRequirement[]>(standard.requirements);
  // The standard as last read: when the server's changes (a copy into it, a renamed competency)
  // and nothing is being edited, the table follows.
  const [base, setBase] = useState(standard.requirements);
  if (standard.requirements !== base) {
    setBase(standard.requirements);
    if (sameRequirements(rows, base)) setRows(standard.requirements);
  }
  const [copying, setCopying] = useState(false);
  const dirty = !sameRequirements(rows, standard.requirements);
  const rowErrors = save.isError ? serverFieldErrors(save.error) : {};
  const errorOf = (index: number) =>
    rowErrors[`requirements.${index}.competencyId`] ?? rowErrors[`requirements.${index}.requiredLevel`];

  const setLevel = (competencyId: number, level: number) =>
    setRows((current) =>
      current.map((row) => (row.competencyId === competencyId ? { ...row, requiredLevel: level } : row)),
    );
  const removeRow = (competencyId: number) =>
    setRows((current) => current.filter((row) => row.competencyId !== competencyId));

  const submit = () =>
    save.mutate(
      {
        // Made on the standard as read: a change someone saved meanwhile is not overwritten (409).
        version: standard.version,
        requirements: rows.map(({ competencyId, requiredLevel }) => ({ competencyId, requiredLevel })),
      },
      {
        onSuccess: (saved) => {
          setRows(saved.requirements);
          notify({ color: 'teal', message: t('standards.saved', { name: saved.positionName }) });
        },
      },
    );

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={3} size="h5" id={headingId}>
            {t('standards.of', { name: standard.positionName })}
          </Title>
          {standard.holderCount !== null && (
            <Text size="sm" c="dimmed">
              {t('standards.holders', {
                count: standard.holderCount,
                formatted: format.number(standard.holderCount),
              })}
            </Text>
          )}
        </Stack>
        {rows.length === 0 ? (
          <EmptyMessage title={t('standards.empty')}>
            {canManage ? t('standards.emptyAdmin') : t('standards.emptyReader')}
          </EmptyMessage>
        ) : (
          <RequirementRows
            rows={rows}
            caption={t('standards.table', { name: standard.positionName })}
            canManage={canManage}
            errorOf={errorOf}
            onLevel={setLevel}
            onRemove={removeRow}
          />
        )}
        {canManage && (
          <>
            <AddRequirement
              taken={rows.map((row) => row.competencyId)}
              onAdd={(row) => setRows((current) => [...current, row])}
            />
            {save.isError && <ErrorAlert error={save.error} />}
            {dirty && (
              <Text size="sm" role="status">
                {t('standards.unsaved')}
              </Text>
            )}
            <Group gap="sm" justify="space-between">
              <Group gap="sm">
                <Button onClick={submit} disabled={!dirty} loading={save.isPending}>
                  {t('standards.save')}
                </Button>
                <Button
                  variant="default"
                  disabled={!dirty || save.isPending}
                  onClick={() => {
                    save.reset();
                    setRows(standard.requirements);
                  }}
                >
                  {t('standards.discard')}
                </Button>
              </Group>
              <Button
                variant="default"
                disabled={dirty || standard.requirements.length === 0}
                onClick={() => setCopying(true)}
              >
                {t('copy.open')}
              </Button>
            </Group>
            {dirty && standard.requirements.length > 0 && (
              <Text size="xs" c="dimmed">
                {t('copy.saveFirst')}
              </Text>
            )}
          </>
        )}
      </Stack>
      {copying && <CopyStandardDialog standard={standard} onClose={() => setCopying(false)} />}
    </Card>
  );
}

interface RowsProps {
  rows: StandardRequirement[];
  caption: string;
  canManage: boolean;
  errorOf: (index: number) => string | undefined;
  onLevel: (competencyId: number, level: number) => void;
  onRemove: (competencyId: number) => void;
}

/** The requirements: a table, or one card each on a phone. */
function RequirementRows({ rows, caption, canManage, errorOf, onLevel, onRemove }: RowsProps) {
  const { t } = useTranslation('competencies');
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const level = (row: StandardRequirement) =>
    canManage ? (
      <SegmentedControl
        size="xs"
        color="indigo"
        aria-label={t('standards.levelOf', { name: row.name })}
        data={LEVEL_OPTIONS}
        value={String(row.requiredLevel)}
        onChange={(value) => onLevel(row.competencyId, Number(value))}
      />
    ) : (
      t('level', { level: row.requiredLevel })
    );
  const remove = (row: StandardRequirement) => (
    <Button
      variant="subtle"
      color="red"
      size="compact-sm"
      aria-label={t('standards.removeNamed', { name: row.name })}
      onClick={() => onRemove(row.competencyId)}
    >
      {t('standards.remove')}
    </Button>
  );
  const error = (index: number) => {
    const message = errorOf(index);
    return message ? (
      <Text size="xs" c="red.8" role="alert">
        {message}
      </Text>
    ) : null;
  };

  if (isPhone) {
    return (
      <CardList label={caption} busy={false}>
        {rows.map((row, index) => (
          <CardItem key={row.competencyId}>
            <Stack gap={6}>
              <Text fw={600} size="sm">
                {row.code} · {row.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`types.${row.type}`)}
              </Text>
              <Group gap="xs" justify="space-between">
                {canManage ? level(row) : <Text size="sm">{level(row)}</Text>}
                {canManage && remove(row)}
              </Group>
              {error(index)}
            </Stack>
          </CardItem>
        ))}
      </CardList>
    );
  }
  return (
    <ScrollTable label={caption} minWidth={640}>
      <Table striped verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('standards.code')}</Table.Th>
            <Table.Th scope="col">{t('standards.competency')}</Table.Th>
            <Table.Th scope="col">{t('standards.type')}</Table.Th>
            <Table.Th scope="col">{t('standards.requiredLevel')}</Table.Th>
            {canManage && (
              <Table.Th scope="col">
                <span className="visually-hidden">{t('standards.remove')}</span>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr key={row.competencyId}>
              <Table.Td ff="monospace">{row.code}</Table.Td>
              <Table.Td>
                {row.name}
                {error(index)}
              </Table.Td>
              <Table.Td>{t(`types.${row.type}`)}</Table.Td>
              <Table.Td>{level(row)}</Table.Td>
              {canManage && <Table.Td>{remove(row)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** Adds a competency of the dictionary not yet in the standard, at the level chosen. */
function AddRequirement({ taken, onAdd }: { taken: number[]; onAdd: (row: StandardRequirement) => void }) {
  const { t } = useTranslation('competencies');
  const competencies = useCompetencyDictionary();
  const [competencyId, setCompetencyId] = useState<string | null>(null);
  const [level, setLevel] = useState<string | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const levelLabelId = useId();
  const available = (competencies.data?.items ?? []).filter((c) => !taken.includes(c.id));
  const groups = competencyGroups(available, (type) => t(`types.${type}`));

  const add = () => {
    const competency = available.find((c) => String(c.id) === competencyId);
    if (!competency || level === null) {
      setMissing(t('standards.addIncomplete'));
      return;
    }
    onAdd({
      competencyId: competency.id,
      code: competency.code,
      name: competency.name,
      type: competency.type,
      requiredLevel: Number(level),
    });
    setCompetencyId(null);
    setLevel(null);
    setMissing(null);
  };

  return (
    <Card withBorder radius="md" padding="md" bg="gray.0">
      <Stack gap="sm">
        <Group gap="md" align="flex-end" wrap="wrap">
          <Select
            label={t('standards.addCompetency')}
            placeholder={t('standards.addPlaceholder')}
            searchable
            data={groups}
            value={competencyId}
            onChange={setCompetencyId}
            nothingFoundMessage={t('standards.nothingToAdd')}
            miw={280}
            style={{ flex: 1 }}
            comboboxProps={{ width: 'target', position: 'bottom-start' }}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id={levelLabelId}>
              {t('standards.addLevel')}
            </Text>
            <SegmentedControl
              color="indigo"
              aria-labelledby={levelLabelId}
              data={LEVEL_OPTIONS}
              value={level ?? ''}
              onChange={setLevel}
            />
          </Stack>
          <Button variant="light" onClick={add}>
            {t('standards.add')}
          </Button>
        </Group>
        {missing && (
          <Alert color="red" variant="light" role="alert" py="xs">
            {missing}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
