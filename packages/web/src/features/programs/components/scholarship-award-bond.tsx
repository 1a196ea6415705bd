import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScholarshipAwardDetail } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { UnitSelect } from '../../../components/unit-select';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useRecordReturn } from '../api/scholarships';
import { useBondRuleText } from './scholarship-call-terms';
import { plannedBond, running } from './scholarship-values';

/**
 * The service bond (ikatan dinas): once back at work, its months and last day as the server
 * computed them; before, the call's rule and what it would come to.
 */
export function AwardBond({ award }: { award: ScholarshipAwardDetail }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const bondRule = useBondRuleText();
  const returned = award.returnedOn !== null && award.bondMonths !== null;
  const planned =
    award.status === 'graduated' && award.graduatedOn
      ? plannedBond(award.startsOn, award.graduatedOn, award.bondRule)
      : running(award.status)
        ? plannedBond(award.startsOn, award.expectedEndOn, award.bondRule)
        : null;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="award-bond">
      <Stack gap={6}>
        <Title order={2} size="h4" id="award-bond">
          {t('scholarship.bond.title')}
        </Title>
        {returned ? (
          <>
            <Text fw={700}>
              {t('scholarship.bond.value', {
                months: format.number(award.bondMonths ?? 0),
                day: format.date(award.bondEndsOn),
              })}
            </Text>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('scholarship.bond.placed', {
                day: format.date(award.returnedOn),
                unit: award.placementUnit ?? '—',
                position: award.placementPosition ?? '—',
              })}
            </Text>
          </>
        ) : (
          <Text size="sm">
            {planned === null
              ? t('scholarship.bond.notStarted')
              : award.status === 'graduated'
                ? t('scholarship.bond.onReturn', { months: format.number(planned) })
                : t('scholarship.bond.planned', { months: format.number(planned) })}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {bondRule(award.bondRule)}
        </Text>
      </Stack>
    </Card>
  );
}

/** Catat kembali bertugas: the day, the unit and the position; the server computes the bond it starts. */
export function ReturnDialog({
  award,
  today,
  onClose,
}: {
  award: ScholarshipAwardDetail;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const notify = useNotify();
  const record = useRecordReturn(award.id);
  const bondRule = useBondRuleText();
  const [returnedOn, setReturnedOn] = useState(today);
  const [unitId, setUnitId] = useState<number | undefined>(undefined);
  const [position, setPosition] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const server = record.isError ? serverFieldErrors(record.error) : {};

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!returnedOn) found.returnedOn = t('form.required');
    if (unitId === undefined) found.placementUnitId = t('form.required');
    if (!position.trim()) found.placementPosition = t('form.required');
    setErrors(found);
    if (unitId === undefined || Object.keys(found).length > 0) return;
    record.mutate(
      { returnedOn, placementUnitId: unitId, placementPosition: position.trim() },
      {
        onSuccess: (saved) => {
          notify({
            color: 'teal',
            message: t('scholarship.return.saved', {
              months: format.number(saved.bondMonths ?? 0),
              day: format.date(saved.bondEndsOn),
            }),
          });
          onClose();
        },
      },
    );
  };

  return (
    <ResponsiveModal opened onClose={onClose} title={t('scholarship.return.title')}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {record.isError && <ErrorAlert error={record.error} />}
          <Text size="sm">{t('scholarship.return.help', { rule: bondRule(award.bondRule) })}</Text>
          <TextInput
            type="date"
            label={t('scholarship.return.returnedOn')}
            required
            min={award.graduatedOn ?? undefined}
            max={today}
            value={returnedOn}
            onChange={(e) => setReturnedOn(e.currentTarget.value)}
            error={errors.returnedOn ?? server.returnedOn}
          />
          <UnitSelect
            label={t('scholarship.return.unit')}
            placeholder={t('scholarship.return.unitPlaceholder')}
            clearLabel={t('scholarship.return.unitClear')}
            required
            value={unitId}
            onChange={setUnitId}
            error={errors.placementUnitId ?? server.placementUnitId}
          />
          <TextInput
            label={t('scholarship.return.position')}
            required
            maxLength={200}
            value={position}
            onChange={(e) => setPosition(e.currentTarget.value)}
            error={errors.placementPosition ?? server.placementPosition}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('scholarship.return.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
