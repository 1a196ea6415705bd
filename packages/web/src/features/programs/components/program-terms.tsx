import { SCORE_CRITERIA, SCORE_SCALE } from '@jenjang/domain/programs/program.rules';
import { STUDY_PATH } from '@jenjang/domain/programs/program-paths';
import { Card, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../../api/types';
import { PolicyCitation } from '../../../components/policy-select';
import { formatRupiah, usePathName } from '../../../lib/development-paths';
import { useGolongan } from '../../../lib/get-golongan';
import { useUnits } from '../../../lib/get-units';
import { useFormat } from '../../../lib/use-format';

/** What the program is, and its published terms: who may apply and how applicants are ranked. */
export function ProgramTerms({ program }: { program: Program }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const pathName = usePathName();
  // Degree study earns no JP and is not completed by attendance or a final score.
  const study = program.pathCode === STUDY_PATH;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="program-about">
        <Stack gap="xs">
          <Title order={2} size="h4" id="program-about">
            {t('program.about')}
          </Title>
          {program.description && <Text size="sm">{program.description}</Text>}
          <List size="sm" spacing={4}>
            <List.Item>{pathName(program.pathCode)}</List.Item>
            {!study && <List.Item>{t('catalog.jp', { jp: format.number(program.jp) })}</List.Item>}
            <List.Item>
              {t(`provider.${program.providerKind}`)}
              {program.providerName ? `: ${program.providerName}` : ''}
            </List.Item>
            <List.Item>{t('program.cost', { cost: formatRupiah(program.costPerParticipant) })}</List.Item>
            {program.applicationsCloseOn && (
              <List.Item>
                {t('catalog.closesOn', { day: format.date(program.applicationsCloseOn) })}
              </List.Item>
            )}
          </List>
          {program.competencies.length > 0 && (
            <>
              <Text size="sm" fw={600}>
                {t('program.competencies')}
              </Text>
              <List size="sm" spacing={4}>
                {program.competencies.map((c) => (
                  <List.Item key={c.competencyId}>
                    {t('program.competencyTarget', { code: c.code, name: c.name, level: c.targetLevel })}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          <PolicyCitation policyId={program.policyId} />
        </Stack>
      </Card>
      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="program-terms">
        <Stack gap="xs">
          <Title order={2} size="h4" id="program-terms">
            {t('terms.title')}
          </Title>
          <Eligibility program={program} />
          <Text size="sm" fw={600}>
            {t('terms.scoreTitle')}
          </Text>
          <Table fz="sm" verticalSpacing={4} aria-label={t('terms.scoreTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('terms.criterion')}</Table.Th>
                <Table.Th ta="right">{t('terms.weight')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {SCORE_CRITERIA.map((c) => (
                <Table.Tr key={c}>
                  <Table.Td>
                    {t(`criterion.${c}`)}
                    <Text size="xs" c="dimmed">
                      {t(`criterionScale.${c}`, {
                        perLevel: SCORE_SCALE.pointsPerLevelShort,
                        months: SCORE_SCALE.monthsForFullPoints,
                      })}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{format.number(program.weights[c])}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm">{t('terms.scoreRule')}</Text>
          {(program.quotaUnitMax !== null || program.quotaUnitMin !== null) && (
            <Text size="sm">
              {[
                program.quotaUnitMax !== null ? t('terms.quotaMax', { n: program.quotaUnitMax }) : null,
                program.quotaUnitMin !== null ? t('terms.quotaMin', { n: program.quotaUnitMin }) : null,
              ]
                .filter(Boolean)
                .join(' ')}
            </Text>
          )}
          {program.affirmativeGroups.length > 0 && <AffirmativeTerms program={program} />}
          <Text size="sm" c="dimmed">
            {t('terms.tieBreak')}
          </Text>
          {program.appealDays > 0 && <Text size="sm">{t('terms.appeal', { n: program.appealDays })}</Text>}
          {!study && (
            <>
              <Text size="sm" fw={600}>
                {t('terms.completion')}
              </Text>
              <Text size="sm">
                {program.passingScore === null
                  ? t('terms.completionAttendance', { percent: program.minAttendancePercent })
                  : t('terms.completionBoth', {
                      percent: program.minAttendancePercent,
                      score: format.number(program.passingScore),
                    })}
              </Text>
            </>
          )}
        </Stack>
      </Card>
    </SimpleGrid>
  );
}

/** The affirmative groups: who belongs, and the seats each batch reserves for them. */
function AffirmativeTerms({ program }: { program: Program }) {
  const { t } = useTranslation('programs');
  const golongan = useGolongan();
  const units = useUnits(program.affirmativeGroups.some((g) => g.unitIds.length > 0));
  const golonganName = (rank: number) =>
    golongan.data?.items.find((g) => g.employeeType === 'PNS' && g.rank === rank)?.code ?? String(rank);
  const criteria = (group: Program['affirmativeGroups'][number]) =>
    [
      group.sexes.length > 0 ? group.sexes.map((sex) => t(`affirmative.sex.${sex}`)).join(', ') : null,
      group.employeeTypes.length > 0 ? group.employeeTypes.join(', ') : null,
      group.unitIds.length > 0
        ? t('terms.units', {
            units: group.unitIds
              .map((id) => units.data?.items.find((u) => u.id === id)?.name ?? '…')
              .join(', '),
          })
        : null,
      group.golonganRankMax !== null
        ? t('terms.golonganAtMost', { max: golonganName(group.golonganRankMax) })
        : null,
      group.ageMin !== null ? t('terms.ageAtLeast', { n: group.ageMin }) : null,
    ]
      .filter(Boolean)
      .join('; ');
  const seats = (key: string) =>
    program.batches
      .filter((b) => (b.reserved[key] ?? 0) > 0)
      .map((b) => t('terms.reservedIn', { n: b.reserved[key], batch: b.name }))
      .join(', ');
  return (
    <>
      <Text size="sm" fw={600}>
        {t('affirmative.legend')}
      </Text>
      <List size="sm" spacing={4}>
        {program.affirmativeGroups.map((group) => (
          <List.Item key={group.key}>
            {t('terms.affirmativeGroup', { label: group.label, criteria: criteria(group) })}
            {seats(group.key) && (
              <Text size="xs" c="dimmed">
                {seats(group.key)}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed">
        {t('terms.affirmativeRule')}
      </Text>
    </>
  );
}

function Eligibility({ program }: { program: Program }) {
  const { t } = useTranslation('programs');
  const { t: td } = useTranslation('domain');
  const golongan = useGolongan();
  const units = useUnits(program.eligibility.unitIds.length > 0);
  const e = program.eligibility;
  const golonganName = (rank: number) =>
    golongan.data?.items.find((g) => g.employeeType === 'PNS' && g.rank === rank)?.code ?? String(rank);
  const unitNames = e.unitIds.map((id) => units.data?.items.find((u) => u.id === id)?.name ?? '…');
  const rules = [
    e.unitIds.length > 0 ? t('terms.units', { units: unitNames.join(', ') }) : t('terms.everyone'),
    e.positionKinds.length > 0
      ? t('terms.positionKinds', {
          kinds: e.positionKinds.map((k) => td(`positionKind.${k}` as 'positionKind.label')).join(', '),
        })
      : null,
    e.golonganRankMin !== null || e.golonganRankMax !== null
      ? t('terms.golongan', {
          min: e.golonganRankMin !== null ? golonganName(e.golonganRankMin) : '—',
          max: e.golonganRankMax !== null ? golonganName(e.golonganRankMax) : '—',
        })
      : null,
    e.employeeTypes.length > 0 ? t('terms.employeeTypes', { types: e.employeeTypes.join(', ') }) : null,
    e.requiresGap ? t('terms.requiresGap') : null,
    e.repeatAfterYears !== null ? t('terms.repeat', { n: e.repeatAfterYears }) : null,
    e.talentBoxes.length > 0
      ? t('terms.talentBoxes', { boxes: [...e.talentBoxes].sort((a, b) => a - b).join(', ') })
      : null,
  ].filter((rule): rule is string => rule !== null);
  return (
    <>
      <Text size="sm" fw={600}>
        {t('terms.eligibility')}
      </Text>
      <List size="sm" spacing={4}>
        {rules.map((rule) => (
          <List.Item key={rule}>{rule}</List.Item>
        ))}
      </List>
    </>
  );
}
