import { POSITION_KINDS } from '@jenjang/domain/people/position';
import {
  DEFAULT_SCORE_WEIGHTS,
  SCORE_CRITERIA,
  type ScoreCriterion,
} from '@jenjang/domain/programs/program.rules';
import { PROGRAM_PATH_CODES, type ProgramPath, STUDY_PATH } from '@jenjang/domain/programs/program-paths';
import { BOX_KEYS } from '@jenjang/domain/talent/nine-box.contract';
import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Program, ProgramRequest } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { CloseIcon } from '../../../components/icons';
import { PolicySelect } from '../../../components/policy-select';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { UnitMultiSelect } from '../../../components/unit-multi-select';
import { usePathName } from '../../../lib/development-paths';
import { competencyOptions, useCompetencyDictionary } from '../../../lib/get-competency-dictionary';
import { useGolongan } from '../../../lib/get-golongan';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useSaveProgram } from '../api/programs';
import { usePartnerOptions } from '../api/trainers';
import { AffirmativeGroupsField, type AffirmativeGroupValues, keyOf } from './affirmative-groups-field';

interface Values {
  title: string;
  description: string;
  pathCode: string;
  jp: number | string;
  providerKind: string;
  providerName: string;
  /** The partner providing it, when the provider is a partner. */
  partnerId: string | null;
  costPerParticipant: number | string;
  policyId: number | null;
  unitIds: string[];
  positionKinds: string[];
  golonganRankMin: string | null;
  golonganRankMax: string | null;
  employeeTypes: string[];
  requiresGap: boolean;
  repeatAfterYears: number | string;
  /** Talent boxes whose people may apply, as the checkboxes hold them ('1' … '9'). */
  talentBoxes: string[];
  weights: Record<ScoreCriterion, number | string>;
  quotaUnitMax: number | string;
  quotaUnitMin: number | string;
  applicationsCloseOn: string;
  rankingShowsNames: boolean;
  minAttendancePercent: number | string;
  passingScore: number | string;
  appealDays: number | string;
  affirmativeGroups: AffirmativeGroupValues[];
  competencies: { competencyId: string | null; targetLevel: string }[];
}

function initialValues(program: Program | null): Values {
  const e = program?.eligibility;
  return {
    title: program?.title ?? '',
    description: program?.description ?? '',
    pathCode: program?.pathCode ?? 'KL03',
    jp: program?.jp ?? 24,
    providerKind: program?.providerKind ?? 'internal',
    providerName: program?.providerName ?? '',
    partnerId: program?.partnerId ? String(program.partnerId) : null,
    costPerParticipant: program?.costPerParticipant ?? 0,
    policyId: program?.policyId ?? null,
    unitIds: (e?.unitIds ?? []).map(String),
    positionKinds: [...(e?.positionKinds ?? [])],
    golonganRankMin: e?.golonganRankMin ? String(e.golonganRankMin) : null,
    golonganRankMax: e?.golonganRankMax ? String(e.golonganRankMax) : null,
    employeeTypes: [...(e?.employeeTypes ?? [])],
    requiresGap: e?.requiresGap ?? false,
    repeatAfterYears: e?.repeatAfterYears ?? '',
    talentBoxes: (e?.talentBoxes ?? []).map(String),
    weights: { ...(program?.weights ?? DEFAULT_SCORE_WEIGHTS) },
    quotaUnitMax: program?.quotaUnitMax ?? '',
    quotaUnitMin: program?.quotaUnitMin ?? '',
    applicationsCloseOn: program?.applicationsCloseOn ?? '',
    rankingShowsNames: program?.rankingShowsNames ?? false,
    minAttendancePercent: program?.minAttendancePercent ?? 80,
    passingScore: program?.passingScore ?? '',
    appealDays: program?.appealDays ?? 0,
    affirmativeGroups: (program?.affirmativeGroups ?? []).map((g) => ({
      key: g.key,
      label: g.label,
      sexes: [...g.sexes],
      employeeTypes: [...g.employeeTypes],
      unitIds: g.unitIds.map(String),
      golonganRankMax: g.golonganRankMax === null ? null : String(g.golonganRankMax),
      ageMin: g.ageMin ?? '',
    })),
    competencies: (program?.competencies ?? []).map((c) => ({
      competencyId: String(c.competencyId),
      targetLevel: String(c.targetLevel),
    })),
  };
}

const optionalNumber = (value: number | string) => (value === '' ? null : Number(value));

/** The completion rule the server takes by default: what a degree study, which has none, sends. */
const DEFAULT_MIN_ATTENDANCE = 80;

function requestOf(values: Values, planItemIds: number[]): ProgramRequest {
  // Degree study (a scholarship call) earns no JP and is not completed by attendance or a score.
  const study = values.pathCode === STUDY_PATH;
  return {
    title: values.title.trim(),
    description: values.description.trim() || null,
    pathCode: values.pathCode as ProgramPath,
    jp: study ? 0 : Number(values.jp),
    providerKind: values.providerKind as ProgramRequest['providerKind'],
    providerName: values.providerName.trim() || null,
    partnerId: values.providerKind === 'partner' && values.partnerId ? Number(values.partnerId) : null,
    costPerParticipant: Number(values.costPerParticipant || 0),
    policyId: values.policyId,
    eligibility: {
      unitIds: values.unitIds.map(Number),
      positionKinds: values.positionKinds,
      golonganRankMin: values.golonganRankMin ? Number(values.golonganRankMin) : null,
      golonganRankMax: values.golonganRankMax ? Number(values.golonganRankMax) : null,
      employeeTypes: values.employeeTypes as ('PNS' | 'PPPK')[],
      requiresGap: values.requiresGap,
      repeatAfterYears: optionalNumber(values.repeatAfterYears),
      talentBoxes: values.talentBoxes.map(Number).sort((a, b) => a - b),
    },
    weights: Object.fromEntries(SCORE_CRITERIA.map((c) => [c, Number(values.weights[c] || 0)])) as Record<
      ScoreCriterion,
      number
    >,
    quotaUnitMax: optionalNumber(values.quotaUnitMax),
    quotaUnitMin: optionalNumber(values.quotaUnitMin),
    applicationsCloseOn: values.applicationsCloseOn || null,
    rankingShowsNames: values.rankingShowsNames,
    minAttendancePercent: study ? DEFAULT_MIN_ATTENDANCE : Number(values.minAttendancePercent || 0),
    passingScore: study ? null : optionalNumber(values.passingScore),
    appealDays: Number(values.appealDays || 0),
    affirmativeGroups: values.affirmativeGroups.map((g, index, all) => ({
      key:
        g.key ||
        keyOf(
          g.label,
          all.slice(0, index).map((other) => other.key || keyOf(other.label, [])),
        ),
      label: g.label.trim(),
      sexes: g.sexes as ('M' | 'F')[],
      employeeTypes: g.employeeTypes as ('PNS' | 'PPPK')[],
      unitIds: g.unitIds.map(Number),
      golonganRankMax: g.golonganRankMax === null ? null : Number(g.golonganRankMax),
      ageMin: optionalNumber(g.ageMin),
    })),
    competencies: values.competencies
      .filter((c) => c.competencyId !== null)
      .map((c) => ({ competencyId: Number(c.competencyId), targetLevel: Number(c.targetLevel) })),
    planItemIds,
  };
}

/** Creates a program as a draft, or changes a draft (`program`); its terms are published when it opens. */
export function ProgramDialog({ program, onClose }: { program: Program | null; onClose: () => void }) {
  const { t } = useTranslation('programs');
  const { t: td } = useTranslation('domain');
  const notify = useNotify();
  const pathName = usePathName();
  const dictionary = useCompetencyDictionary();
  const golongan = useGolongan();
  const save = useSaveProgram(program?.id ?? null);
  const partners = usePartnerOptions(true);
  const form = useForm<Values>({
    initialValues: initialValues(program),
    validate: {
      title: (value) => (value.trim() ? null : t('form.required')),
      jp: (value, values) =>
        values.pathCode !== STUDY_PATH && (value === '' || Number(value) <= 0) ? t('form.positive') : null,
      weights: (value) =>
        SCORE_CRITERIA.reduce((sum, c) => sum + Number(value[c] || 0), 0) === 100
          ? null
          : t('form.weightsSum'),
    },
  });
  const study = form.values.pathCode === STUDY_PATH;
  const weightSum = SCORE_CRITERIA.reduce((sum, c) => sum + Number(form.values.weights[c] || 0), 0);
  const golonganOptions = (golongan.data?.items ?? [])
    .filter((g) => g.employeeType === 'PNS')
    .map((g) => ({ value: String(g.rank), label: g.pangkat ? `${g.code} — ${g.pangkat}` : g.code }));
  const submit = (values: Values) =>
    save.mutate(requestOf(values, program?.planItemIds ?? []), {
      onSuccess: () => {
        notify({ color: 'teal', message: t('form.saved') });
        onClose();
      },
      onError: (error) => form.setErrors(serverFieldErrors(error)),
    });
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={program ? t('form.editTitle') : t('form.newTitle')}
      size="xl"
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {save.isError && <ErrorAlert error={save.error} />}
          <TextInput
            label={t('form.title')}
            required
            maxLength={300}
            data-autofocus
            {...form.getInputProps('title')}
          />
          <Textarea
            label={t('form.description')}
            autosize
            minRows={2}
            maxLength={5000}
            {...form.getInputProps('description')}
          />
          <Select
            label={t('form.path')}
            required
            allowDeselect={false}
            searchable
            data={PROGRAM_PATH_CODES.map((code) => ({ value: code, label: pathName(code) }))}
            comboboxProps={{ width: 'target', position: 'bottom-start' }}
            description={study ? t('form.studyHelp') : undefined}
            {...form.getInputProps('pathCode')}
            onChange={(code) => {
              if (!code) return;
              // Leaving degree study, whose JP is 0, asks for the program's JP again.
              if (form.values.pathCode === STUDY_PATH && Number(form.values.jp) === 0)
                form.setFieldValue('jp', '');
              form.setFieldValue('pathCode', code);
            }}
          />
          <Group grow align="flex-start" wrap="wrap">
            {!study && (
              <NumberInput
                label={t('form.jp')}
                required
                min={0}
                decimalScale={2}
                miw={120}
                {...form.getInputProps('jp')}
              />
            )}
            <NumberInput
              label={t('form.cost')}
              min={0}
              allowNegative={false}
              thousandSeparator="."
              decimalSeparator=","
              miw={180}
              {...form.getInputProps('costPerParticipant')}
            />
          </Group>
          <Group grow align="flex-start" wrap="wrap">
            <Select
              label={t('form.providerKind')}
              allowDeselect={false}
              data={(['internal', 'lan', 'partner'] as const).map((k) => ({
                value: k,
                label: t(`provider.${k}`),
              }))}
              miw={180}
              {...form.getInputProps('providerKind')}
            />
            <TextInput
              label={t('form.providerName')}
              maxLength={200}
              miw={180}
              {...form.getInputProps('providerName')}
            />
          </Group>
          {form.values.providerKind === 'partner' && (
            <Select
              label={t('form.partner')}
              description={t('form.partnerHelp')}
              data={(partners.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
              clearable
              searchable
              {...form.getInputProps('partnerId')}
              onChange={(value) => {
                form.setFieldValue('partnerId', value);
                const chosen = partners.data?.items.find((p) => String(p.id) === value);
                if (chosen && !form.values.providerName.trim())
                  form.setFieldValue('providerName', chosen.name);
              }}
            />
          )}
          <PolicySelect
            value={form.values.policyId}
            onChange={(id) => form.setFieldValue('policyId', id)}
            error={form.errors.policyId}
          />
          <Fieldset legend={t('form.competencies')}>
            <Stack gap="xs">
              {form.values.competencies.map((row, index) => (
                <Group key={`${index}-${row.competencyId}`} align="flex-end" wrap="nowrap" gap="xs">
                  <Select
                    label={t('form.competency')}
                    searchable
                    data={competencyOptions(dictionary.data?.items)}
                    comboboxProps={{ width: 'target', position: 'bottom-start' }}
                    style={{ flex: 1 }}
                    {...form.getInputProps(`competencies.${index}.competencyId`)}
                  />
                  <Select
                    label={t('form.targetLevel')}
                    allowDeselect={false}
                    data={['1', '2', '3', '4', '5']}
                    w={90}
                    {...form.getInputProps(`competencies.${index}.targetLevel`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={t('form.removeCompetency')}
                    onClick={() => form.removeListItem('competencies', index)}
                  >
                    <CloseIcon size={18} />
                  </ActionIcon>
                </Group>
              ))}
              <Button
                variant="default"
                size="xs"
                w="fit-content"
                onClick={() => form.insertListItem('competencies', { competencyId: null, targetLevel: '3' })}
              >
                {t('form.addCompetency')}
              </Button>
            </Stack>
          </Fieldset>
          <Fieldset legend={t('form.eligibility')}>
            <Stack gap="sm">
              <UnitMultiSelect
                label={t('form.units')}
                description={t('form.unitsHelp')}
                placeholder={t('form.unitsAll')}
                clearLabel={t('form.unitsAll')}
                value={form.values.unitIds}
                onChange={(ids) => form.setFieldValue('unitIds', ids)}
              />
              <MultiSelect
                label={t('form.positionKinds')}
                placeholder={t('form.any')}
                data={POSITION_KINDS.map((k) => ({ value: k, label: td(`positionKind.${k}`) }))}
                clearable
                clearButtonProps={{ 'aria-label': t('form.any') }}
                {...form.getInputProps('positionKinds')}
              />
              <Group grow align="flex-start" wrap="wrap">
                <Select
                  label={t('form.golonganMin')}
                  placeholder={t('form.any')}
                  data={golonganOptions}
                  clearable
                  clearButtonProps={{ 'aria-label': t('form.any') }}
                  miw={180}
                  {...form.getInputProps('golonganRankMin')}
                />
                <Select
                  label={t('form.golonganMax')}
                  placeholder={t('form.any')}
                  data={golonganOptions}
                  clearable
                  clearButtonProps={{ 'aria-label': t('form.any') }}
                  miw={180}
                  {...form.getInputProps('golonganRankMax')}
                />
              </Group>
              <Checkbox.Group
                label={t('form.employeeTypes')}
                description={t('form.employeeTypesHelp')}
                {...form.getInputProps('employeeTypes')}
              >
                <Group gap="md" mt={4}>
                  <Checkbox value="PNS" label="PNS" />
                  <Checkbox value="PPPK" label="PPPK" />
                </Group>
              </Checkbox.Group>
              <Switch
                label={t('form.requiresGap')}
                {...form.getInputProps('requiresGap', { type: 'checkbox' })}
              />
              <NumberInput
                label={t('form.repeatAfterYears')}
                description={t('form.repeatAfterYearsHelp')}
                min={0}
                max={50}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps('repeatAfterYears')}
              />
              <Checkbox.Group
                label={t('form.talentBoxes')}
                description={t('form.talentBoxesHelp')}
                {...form.getInputProps('talentBoxes')}
              >
                <Group gap="md" mt={4}>
                  {BOX_KEYS.map((box) => (
                    <Checkbox key={box} value={box} label={t('form.talentBox', { box })} />
                  ))}
                </Group>
              </Checkbox.Group>
            </Stack>
          </Fieldset>
          <Fieldset legend={t('form.selection')}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('form.weightsHelp')}
              </Text>
              <Group grow align="flex-start" wrap="wrap">
                {SCORE_CRITERIA.map((criterion) => (
                  <NumberInput
                    key={criterion}
                    label={t(`criterion.${criterion}`)}
                    min={0}
                    max={100}
                    allowDecimal={false}
                    allowNegative={false}
                    miw={140}
                    {...form.getInputProps(`weights.${criterion}`)}
                  />
                ))}
              </Group>
              <Text size="sm" c={weightSum === 100 ? 'dimmed' : 'red.9'} aria-live="polite">
                {form.errors.weights ?? t('form.weightsTotal', { total: weightSum })}
              </Text>
              <Group grow align="flex-start" wrap="wrap">
                <NumberInput
                  label={t('form.quotaMax')}
                  description={t('form.quotaHelp')}
                  min={1}
                  allowDecimal={false}
                  allowNegative={false}
                  miw={180}
                  {...form.getInputProps('quotaUnitMax')}
                />
                <NumberInput
                  label={t('form.quotaMin')}
                  description={t('form.quotaMinHelp')}
                  min={1}
                  allowDecimal={false}
                  allowNegative={false}
                  miw={180}
                  {...form.getInputProps('quotaUnitMin')}
                />
              </Group>
              <TextInput
                type="date"
                label={t('form.closesOn')}
                {...form.getInputProps('applicationsCloseOn')}
              />
              <Switch
                label={t('form.rankingShowsNames')}
                description={t('form.rankingShowsNamesHelp')}
                {...form.getInputProps('rankingShowsNames', { type: 'checkbox' })}
              />
              <NumberInput
                label={t('form.appealDays')}
                description={t('form.appealDaysHelp')}
                min={0}
                max={30}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps('appealDays')}
              />
            </Stack>
          </Fieldset>
          <AffirmativeGroupsField
            value={form.values.affirmativeGroups}
            onChange={(groups) => form.setFieldValue('affirmativeGroups', groups)}
            golonganOptions={golonganOptions}
            error={Object.entries(form.errors)
              .filter(([path]) => path.startsWith('affirmativeGroups'))
              .map(([, message]) => String(message))
              .join(' ')}
          />
          {!study && (
            <Fieldset legend={t('form.completion')}>
              <Group grow align="flex-start" wrap="wrap">
                <NumberInput
                  label={t('form.minAttendance')}
                  description={t('form.minAttendanceHelp')}
                  min={0}
                  max={100}
                  allowDecimal={false}
                  allowNegative={false}
                  suffix=" %"
                  miw={180}
                  {...form.getInputProps('minAttendancePercent')}
                />
                <NumberInput
                  label={t('form.passingScore')}
                  description={t('form.passingScoreHelp')}
                  min={0}
                  max={100}
                  decimalScale={2}
                  allowNegative={false}
                  miw={180}
                  {...form.getInputProps('passingScore')}
                />
              </Group>
            </Fieldset>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
