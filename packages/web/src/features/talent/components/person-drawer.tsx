import { Divider, Drawer, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { TalentPlacementRow } from '../../../api/types';
import { QueryContent } from '../../../components/query-content';
import { PlacementExplanation } from '../../../components/talent/placement-explanation';
import { useTalentPlacement } from '../api/talent';
import { ScoreEditor } from './score-editor';

/**
 * One person of a year: their box and why — both axes' lines, the cut-offs and the formula — and,
 * for the agency, the points given on the settings' components. From the bottom on a phone.
 */
export function PersonDrawer({
  year,
  row,
  canPlace,
  onClose,
}: {
  year: number;
  row: TalentPlacementRow;
  canPlace: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('talent');
  const { t: tc } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const placement = useTalentPlacement(year, row.employeeId);
  return (
    <Drawer
      opened
      onClose={onClose}
      position={isPhone ? 'bottom' : 'right'}
      size={isPhone ? '90%' : 'lg'}
      title={t('person.title', { name: row.name, year })}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Stack gap="md" data-testid="talent-person-drawer">
        <Stack gap={2}>
          <Text size="sm">{t('person.nip', { nip: row.nip })}</Text>
          {(row.position || row.unit) && (
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {[row.golongan, row.position, row.unit].filter(Boolean).join(' · ')}
            </Text>
          )}
        </Stack>
        <QueryContent query={placement} height={240}>
          {(data) => <PlacementExplanation placement={data} headingOrder={3} />}
        </QueryContent>
        {canPlace && (
          <>
            <Divider />
            <ScoreEditor year={year} employeeId={row.employeeId} name={row.name} />
          </>
        )}
      </Stack>
    </Drawer>
  );
}
