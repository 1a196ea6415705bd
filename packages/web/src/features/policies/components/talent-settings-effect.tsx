import { BOX_KEYS } from '@jenjang/domain/talent/nine-box.contract';
import { Button, List, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink } from '../../../components/router-links';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../lib/use-format';
import {
  type TalentSettingsEffect,
  type TalentSettingsMover,
  useTalentSettingsEffect,
} from '../api/talent-settings';

const MOVES_SHOWN = 5;
const PEOPLE_SHOWN = 20;
const YEARS_BACK = 5;

/**
 * How a version's talent settings move people between the nine boxes for one appraisal year
 * against the settings before them — for a draft, before it is adopted: how many in each box
 * before and after, how many move, the most frequent moves, and who moves (the agency only).
 */
export function TalentSettingsEffectPanel({
  policyId,
  versionId,
  versionNumber,
  draft,
}: {
  policyId: number;
  versionId: number;
  versionNumber: number;
  draft: boolean;
}) {
  const { t } = useTranslation('talentSettings');
  const headingId = useId();
  const [year, setYear] = useState<number | null>(null);
  const effect = useTalentSettingsEffect(policyId, versionId, year);
  const shown = year ?? effect.data?.year ?? null;
  const thisYear = new Date().getFullYear();
  const years = [
    ...new Set([...Array.from({ length: YEARS_BACK + 1 }, (_, i) => thisYear - i), shown ?? thisYear]),
  ]
    .sort((a, b) => b - a)
    .map(String);
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId} data-testid="talent-effect">
      <Title order={3} size="h5" id={headingId}>
        {draft ? t('effect.titleDraft') : t('effect.title', { number: versionNumber })}
      </Title>
      <Text size="sm" c="dimmed">
        {draft ? t('effect.introDraft') : t('effect.intro')}
      </Text>
      <Select
        label={t('effect.year')}
        data={years}
        value={shown === null ? null : String(shown)}
        onChange={(value) => value && setYear(Number(value))}
        allowDeselect={false}
        maw={200}
        data-testid="talent-effect-year"
      />
      <QueryContent query={effect} height={200}>
        {(data) => <EffectView effect={data} />}
      </QueryContent>
    </Stack>
  );
}

function EffectView({ effect }: { effect: TalentSettingsEffect }) {
  const { t } = useTranslation('talentSettings');
  const format = useFormat();
  return (
    <Stack gap="sm">
      <Source source={effect.current} />
      <Text size="sm" c="dimmed" data-testid="talent-effect-basis">
        {t(effect.basis === 'placements' ? 'effect.basisPlacements' : 'effect.basisCurrent', {
          year: effect.year,
        })}
      </Text>
      <Text size="sm" fw={600} data-testid="talent-effect-moved">
        {t('effect.moved', {
          count: effect.moved,
          formatted: format.number(effect.moved),
          considered: format.number(effect.considered),
        })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <CountsTable effect={effect} />
        <Moves moves={effect.moves} />
      </SimpleGrid>
      {effect.people === null ? (
        effect.moved > 0 && (
          <Text size="sm" c="dimmed">
            {t('effect.namesHidden')}
          </Text>
        )
      ) : (
        <People people={effect.people} />
      )}
    </Stack>
  );
}

/** Whose settings the effect is measured against: a policy's version (linked), or the defaults. */
function Source({ source }: { source: TalentSettingsEffect['current'] }) {
  const { t } = useTranslation('talentSettings');
  const format = useFormat();
  if (source === null) return <Text size="sm">{t('effect.againstDefaults')}</Text>;
  return (
    <Text size="sm">
      {t('effect.against')}{' '}
      <AnchorLink
        to="/policies/$policyId/versions/$versionId"
        params={{ policyId: String(source.policyId), versionId: String(source.versionId) }}
        underline="always"
        inherit
      >
        {t('effect.sourceLink', { title: source.policyTitle, number: source.versionNumber })}
      </AnchorLink>
      {source.effectiveFrom && ` (${format.date(source.effectiveFrom)})`}
    </Text>
  );
}

/** Each box's count before and after, and the change, box 1 to 9 then those without a box. */
function CountsTable({ effect }: { effect: TalentSettingsEffect }) {
  const { t } = useTranslation('talentSettings');
  const format = useFormat();
  const signed = (n: number) => (n > 0 ? `+${format.number(n)}` : n < 0 ? `−${format.number(-n)}` : '0');
  const rows = [
    ...BOX_KEYS.map((box) => ({
      key: box,
      name: box,
      before: effect.before.boxes[box] ?? 0,
      after: effect.after.boxes[box] ?? 0,
    })),
    { key: 'none', name: t('effect.unplaced'), before: effect.before.unplaced, after: effect.after.unplaced },
  ];
  return (
    <ScrollTable label={t('effect.countsLabel', { year: effect.year })} minWidth={260}>
      <Table striped withTableBorder verticalSpacing={4} data-testid="talent-effect-counts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('effect.box')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('effect.before')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('effect.after')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('effect.change')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-testid={`talent-effect-box-${row.key}`}>
              <Table.Th scope="row">{row.name}</Table.Th>
              <Table.Td ta="right">{format.number(row.before)}</Table.Td>
              <Table.Td ta="right">{format.number(row.after)}</Table.Td>
              <Table.Td ta="right" fw={row.after !== row.before ? 700 : undefined}>
                {signed(row.after - row.before)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function useBoxName() {
  const { t } = useTranslation('talentSettings');
  return (box: number | null) => (box === null ? t('effect.noBox') : t('effect.boxNumber', { number: box }));
}

function Moves({ moves }: { moves: TalentSettingsEffect['moves'] }) {
  const { t } = useTranslation('talentSettings');
  const format = useFormat();
  const boxName = useBoxName();
  const headingId = useId();
  if (moves.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="sm">
      <Stack gap={4}>
        <Text fw={600} size="sm" id={headingId}>
          {t('effect.movesTitle')}
        </Text>
        <List size="sm" spacing={4} aria-labelledby={headingId} data-testid="talent-effect-moves">
          {moves.slice(0, MOVES_SHOWN).map((move) => (
            <List.Item key={`${move.from}>${move.to}`}>
              {t('effect.move', {
                from: boxName(move.from),
                to: boxName(move.to),
                formatted: format.number(move.count),
              })}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}

/** Who moves, by name (the agency only), a first few and then all on request. */
function People({ people }: { people: readonly TalentSettingsMover[] }) {
  const { t } = useTranslation('talentSettings');
  const boxName = useBoxName();
  const headingId = useId();
  const [all, setAll] = useState(false);
  if (people.length === 0) return null;
  const shown = all ? people : people.slice(0, PEOPLE_SHOWN);
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm" id={headingId}>
        {t('effect.peopleTitle')}
      </Text>
      <List size="sm" spacing={6} aria-labelledby={headingId} data-testid="talent-effect-people">
        {shown.map((person) => (
          <List.Item key={person.employeeId}>
            <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('effect.person', { name: person.name, nip: person.nip })}
            </Text>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {[person.unit, t('effect.personMove', { from: boxName(person.from), to: boxName(person.to) })]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </List.Item>
        ))}
      </List>
      {people.length > PEOPLE_SHOWN && !all && (
        <Button size="xs" variant="subtle" onClick={() => setAll(true)} style={{ alignSelf: 'flex-start' }}>
          {t('effect.showAll', { count: people.length })}
        </Button>
      )}
      {people.length >= 200 && (
        <Text size="xs" c="dimmed">
          {t('effect.peopleNote')}
        </Text>
      )}
    </Stack>
  );
}
