import { Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { NonRespondent } from '../../../../api/types';
import { CardItem, CardList } from '../../../../components/card-list';
import { ScrollTable } from '../../../../components/scroll-table';
import { useFormat } from '../../../../lib/use-format';

interface NonRespondentListProps {
  items: NonRespondent[];
  busy: boolean;
  label: string;
  /** Employee ids chosen for a reminder; null when nobody may be chosen (the wave is not open). */
  selected: Set<number> | null;
  onToggle: (employeeId: number, chosen: boolean) => void;
  onToggleAll: (chosen: boolean) => void;
}

/** Who has not answered: a table with a checkbox per row, cards on a phone. */
export function NonRespondentList({
  items,
  busy,
  label,
  selected,
  onToggle,
  onToggleAll,
}: NonRespondentListProps) {
  const { t } = useTranslation('surveyAdmin');
  const format = useFormat();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const reminded = (person: NonRespondent) => {
    if (person.remindedAt) return format.timestamp(person.remindedAt);
    return person.hasAccount ? t('nonRespondents.neverReminded') : t('nonRespondents.noAccount');
  };
  // Only people who sign in can be reminded: the others are shown, never chosen.
  const choose = (person: NonRespondent) =>
    selected && (
      <Checkbox
        aria-label={t('nonRespondents.choose', { name: person.name })}
        checked={selected.has(person.employeeId)}
        disabled={!person.hasAccount}
        onChange={(event) => onToggle(person.employeeId, event.currentTarget.checked)}
      />
    );
  const reachable = items.filter((p) => p.hasAccount);
  const chosenHere = selected ? reachable.filter((p) => selected.has(p.employeeId)).length : 0;

  if (isPhone) {
    return (
      <CardList label={label} busy={busy}>
        {items.map((person) => (
          <CardItem key={person.employeeId}>
            <Group align="flex-start" wrap="nowrap" gap="sm">
              {choose(person)}
              <Stack gap={2} miw={0}>
                <Text fw={600}>{person.name}</Text>
                <Text size="sm" ff="monospace">
                  {person.nip}
                </Text>
                <Text size="sm">{person.unit?.name ?? '—'}</Text>
                <Text size="xs" c="dimmed">
                  {t('nonRespondents.columns.reminded')}: {reminded(person)}
                </Text>
              </Stack>
            </Group>
          </CardItem>
        ))}
      </CardList>
    );
  }

  return (
    <ScrollTable label={label} minWidth={760}>
      <Table striped verticalSpacing="sm" aria-busy={busy}>
        <Table.Caption className="visually-hidden">{label}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {selected && (
              <Table.Th scope="col" w={44}>
                <Checkbox
                  aria-label={t('nonRespondents.chooseAll')}
                  checked={reachable.length > 0 && chosenHere === reachable.length}
                  indeterminate={chosenHere > 0 && chosenHere < reachable.length}
                  disabled={reachable.length === 0}
                  onChange={(event) => onToggleAll(event.currentTarget.checked)}
                />
              </Table.Th>
            )}
            <Table.Th scope="col">{t('nonRespondents.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('nonRespondents.columns.nip')}</Table.Th>
            <Table.Th scope="col">{t('nonRespondents.columns.unit')}</Table.Th>
            <Table.Th scope="col">{t('nonRespondents.columns.reminded')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((person) => (
            <Table.Tr key={person.employeeId}>
              {selected && <Table.Td>{choose(person)}</Table.Td>}
              <Table.Th scope="row" fw={600}>
                {person.name}
              </Table.Th>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {person.nip}
              </Table.Td>
              <Table.Td>{person.unit?.name ?? '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{reminded(person)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
