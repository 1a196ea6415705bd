import { TIME_ZONES, type TimeZone, zoneAbbreviation } from '@jenjang/domain/shared/time-zone';
import { computeIkm, roundIkmResult } from '@jenjang/domain/surveys/ikm.rules';
import { SKM_ELEMENTS } from '@jenjang/domain/surveys/instrument.contract';
import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  Radio,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TenantSettings } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { PageTitle } from '../../../components/page-title';
import { useConventionText } from '../../../lib/ikm-convention';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useGovernmentSettings, useUpdateGovernmentSettings } from '../api/government-settings';
import {
  CONVENTION_CHOICES,
  type ConventionChoice,
  choiceOf,
  conventionOf,
} from '../components/ikm-convention-choice';
import { jpTargetProblems, sameJpTargets } from '../components/jp-targets';
import { JpTargetsFields } from '../components/jp-targets-fields';
import { jpmThresholdProblems, sameThresholds } from '../components/jpm-thresholds';
import { JpmThresholdsFields } from '../components/jpm-thresholds-fields';
import { letterheadBody, letterheadForm, letterheadProblems, sameLetterhead } from '../components/letterhead';
import { LetterheadFields } from '../components/letterhead-fields';

/** Pengaturan › Instansi: the government, its clock, and the convention its IKM reports follow. */
export function GovernmentSettingsPage() {
  const { t } = useTranslation();
  const settings = useGovernmentSettings();
  return (
    <Stack gap="lg">
      <PageTitle title={t('governmentSettings.title')} />
      {settings.isError ? (
        <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
      ) : settings.data ? (
        <SettingsForm settings={settings.data} />
      ) : (
        <Skeleton h={320} aria-busy="true" />
      )}
    </Stack>
  );
}

/** What nine 4s give under a convention: the quickest way to see how it differs. */
function ninesFours(choice: ConventionChoice): number {
  const nrrs = SKM_ELEMENTS.map((element) => ({ element, n: 1, nrr: 4 }));
  return roundIkmResult(computeIkm(nrrs, SKM_ELEMENTS, conventionOf(choice))!).ikm;
}

function SettingsForm({ settings }: { settings: TenantSettings }) {
  const { t } = useTranslation();
  const format = useFormat();
  const conventionText = useConventionText();
  const update = useUpdateGovernmentSettings();
  const [choice, setChoice] = useState<ConventionChoice>(choiceOf(settings.ikmConvention));
  const [zone, setZone] = useState<TimeZone>(settings.timeZone);
  const [thresholds, setThresholds] = useState(settings.jpmThresholds);
  const [jp, setJp] = useState(settings.jp);
  const [letterhead, setLetterhead] = useState(letterheadForm(settings.letterhead));
  // What the last save changed: the IKM convention (every IKM is recomputed) or only the rest.
  const [saved, setSaved] = useState<'convention' | 'other' | false>(false);
  const headingId = useId();
  const thresholdsChanged = !sameThresholds(thresholds, settings.jpmThresholds);
  const jpChanged = !sameJpTargets(jp, settings.jp);
  const letterheadChanged = !sameLetterhead(letterheadBody(letterhead), settings.letterhead);
  const changed =
    choice !== choiceOf(settings.ikmConvention) ||
    zone !== settings.timeZone ||
    thresholdsChanged ||
    jpChanged ||
    letterheadChanged;
  const thresholdsValid =
    Object.keys(jpmThresholdProblems(thresholds)).length === 0 &&
    Object.keys(jpTargetProblems(jp)).length === 0 &&
    Object.keys(letterheadProblems(letterhead)).length === 0;
  useEffect(() => {
    if (changed) setSaved(false);
  }, [changed]);
  const ikm = new Intl.NumberFormat(format.language, { minimumFractionDigits: 1, maximumFractionDigits: 2 });

  const save = () =>
    update.mutate(
      {
        ...(zone !== settings.timeZone ? { timeZone: zone } : {}),
        ...(choice !== choiceOf(settings.ikmConvention) ? { ikmConvention: conventionOf(choice) } : {}),
        ...(thresholdsChanged ? { jpmThresholds: thresholds } : {}),
        ...(jpChanged ? { jp } : {}),
        ...(letterheadChanged ? { letterhead: letterheadBody(letterhead) } : {}),
      },
      { onSuccess: () => setSaved(choice !== choiceOf(settings.ikmConvention) ? 'convention' : 'other') },
    );

  return (
    <Stack gap="lg">
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
        <Title order={2} size="h4" id={headingId} mb="sm">
          {t('governmentSettings.identity')}
        </Title>
        <Table variant="vertical" withTableBorder={false} layout="fixed" data-testid="government-identity">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={160}>{t('governmentSettings.name')}</Table.Th>
              <Table.Td>{settings.name}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('governmentSettings.code')}</Table.Th>
              <Table.Td>{settings.code}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('governmentSettings.kind')}</Table.Th>
              <Table.Td>{t(`governmentSettings.kinds.${settings.kind}`)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Card>

      <Card withBorder radius="md" padding="lg">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <Stack gap="lg">
            <NativeSelect
              label={t('governmentSettings.timeZone')}
              description={t('governmentSettings.timeZoneHelp')}
              value={zone}
              onChange={(event) => setZone(event.currentTarget.value as TimeZone)}
              data={TIME_ZONES.map((z) => ({
                value: z,
                label: `${zoneAbbreviation(z)} — ${t(`governmentSettings.zones.${zoneAbbreviation(z)}`)}`,
              }))}
              maw={420}
            />
            <Radio.Group
              label={t('governmentSettings.convention')}
              description={t('governmentSettings.conventionHelp')}
              value={choice}
              onChange={(value) => setChoice(value as ConventionChoice)}
            >
              <Stack gap="sm" mt="xs">
                {CONVENTION_CHOICES.map((option) => (
                  <Radio
                    key={option}
                    value={option}
                    label={conventionText(conventionOf(option))}
                    description={t('governmentSettings.ninesFours', { ikm: ikm.format(ninesFours(option)) })}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <JpmThresholdsFields
              value={thresholds}
              onChange={setThresholds}
              serverErrors={update.isError ? serverFieldErrors(update.error) : {}}
            />
            <JpTargetsFields
              value={jp}
              onChange={setJp}
              serverErrors={update.isError ? serverFieldErrors(update.error) : {}}
            />
            <LetterheadFields
              value={letterhead}
              onChange={setLetterhead}
              serverErrors={update.isError ? serverFieldErrors(update.error) : {}}
            />
            {update.isError && <ErrorAlert error={update.error} />}
            {saved && !changed && (
              <Alert color="teal" variant="light" role="status" data-testid="settings-saved">
                {saved === 'convention' ? t('governmentSettings.saved') : t('governmentSettings.savedOther')}
              </Alert>
            )}
            <Group>
              <Button type="submit" disabled={!changed || !thresholdsValid} loading={update.isPending}>
                {t('governmentSettings.save')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {t('governmentSettings.audited')}
            </Text>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
