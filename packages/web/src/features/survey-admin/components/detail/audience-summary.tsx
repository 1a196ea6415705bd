import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Audience } from '../../../../api/types';
import { useDomainLabels } from '../../../../lib/domain-labels';
import { useUnits } from '../../../../lib/get-units';
import { useFormat } from '../../../../lib/use-format';

/**
 * The audience in words: "Unit kerja: A, B · Jenis jabatan: Fungsional", or everyone. An audience
 * another feature offers (a program's participants) is named by its source and id, read-only.
 */
export function AudienceSummary({ audience }: { audience: Audience }) {
  const { t } = useTranslation('surveyAdmin');
  const labels = useDomainLabels();
  const format = useFormat();
  const units = useUnits();
  if (audience.kind === 'source') {
    return <Text size="sm">{t('detail.audience.source', { source: audience.source, id: audience.id })}</Text>;
  }
  if (audience.kind === 'list') {
    return (
      <Text size="sm">
        {t('detail.audience.list', {
          count: audience.employeeIds.length,
          formatted: format.number(audience.employeeIds.length),
        })}
      </Text>
    );
  }
  const unitName = (id: number) => units.data?.items.find((unit) => unit.id === id)?.name ?? `#${id}`;
  const parts = [
    audience.unitIds.length > 0 &&
      `${t('detail.audience.units')}: ${audience.unitIds.map(unitName).join(', ')} ${t('detail.audience.subtree')}`,
    audience.positionKinds.length > 0 &&
      `${t('detail.audience.positionKinds')}: ${audience.positionKinds.map(labels.positionKind).join(', ')}`,
    audience.golongan.length > 0 && `${t('detail.audience.golongan')}: ${audience.golongan.join(', ')}`,
    audience.employeeTypes.length > 0 &&
      `${t('detail.audience.employeeTypes')}: ${audience.employeeTypes.map(labels.employeeType).join(', ')}`,
  ].filter((part): part is string => typeof part === 'string');
  return <Text size="sm">{parts.length > 0 ? parts.join(' · ') : t('detail.audience.everyone')}</Text>;
}
