import { INSTRUMENT_KINDS, type InstrumentKind } from '@jenjang/domain/surveys/instrument.contract';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyMode, WaveStatus } from '../../../api/types';

const isKind = (kind: string): kind is InstrumentKind =>
  (INSTRUMENT_KINDS as readonly string[]).includes(kind);

/** Labels of survey codes, from the shared `surveys.*` keys; an unknown kind shows as it came. */
export function useSurveyLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      kind: (kind: string) => (isKind(kind) ? t(`surveys.kind.${kind}`) : kind),
      mode: (mode: SurveyMode) => t(`surveys.mode.${mode}`),
      modeHelp: (mode: SurveyMode) => t(`surveys.modeHelp.${mode}`),
      state: (state: WaveStatus) => t(`surveys.state.${state}`),
    }),
    [t],
  );
}
