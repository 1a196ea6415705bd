import { isPnsGolongan, type PnsGolongan } from '@jenjang/domain/people/golongan';
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EligibilityRow, Promotion } from '../../../api/types';
import { PromotionChecks } from '../../../components/promotion/promotion-checks';
import { ResponsiveRows } from '../../../components/responsive-rows';
import { useFormat } from '../../../lib/use-format';
import { DecisionDialog, ProposeDialog } from './promotion-dialogs';
import { EligibilityBadge, PromotionOutcome } from './promotion-status';

type Task =
  | { kind: 'propose'; row: EligibilityRow; target: PnsGolongan }
  | { kind: 'decide'; name: string; promotion: Promotion };

/**
 * A page of the period's list: each person with their golongan and the step proposed, the checks
 * in words (the unmet ones first), their proposal and what may be done next. Cards on a phone, a
 * table wider.
 */
export function EligibilityRows({
  label,
  items,
  period,
  busy,
}: {
  label: string;
  items: readonly EligibilityRow[];
  period: string;
  busy: boolean;
}) {
  const { t } = useTranslation('promotion');
  const [task, setTask] = useState<Task | null>(null);
  const close = () => setTask(null);
  return (
    <>
      <ResponsiveRows
        label={label}
        items={items}
        busy={busy}
        rowKey={(row) => row.employeeId}
        testId={(row) => `promotion-person-${row.employeeId}`}
        card={(row) => <PersonCard row={row} onTask={setTask} />}
        minWidth={980}
        columns={[
          { label: t('list.employee') },
          { label: t('list.golongan') },
          { label: t('list.checks') },
          { label: t('list.status') },
        ]}
        cells={(row) => <PersonCells row={row} onTask={setTask} />}
      />
      {task?.kind === 'propose' && (
        <ProposeDialog row={task.row} target={task.target} period={period} onClose={close} />
      )}
      {task?.kind === 'decide' && (
        <DecisionDialog name={task.name} promotion={task.promotion} onClose={close} />
      )}
    </>
  );
}

/** The next golongan, when the row may be proposed for it: eligible, without a proposal this period. */
function proposable(row: EligibilityRow): PnsGolongan | null {
  return row.eligible && row.promotion === null && row.target && isPnsGolongan(row.target)
    ? row.target
    : null;
}

function PersonCard({ row, onTask }: { row: EligibilityRow; onTask: (task: Task) => void }) {
  const { t } = useTranslation('promotion');
  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {row.name}
        </Text>
        <EligibilityBadge eligible={row.eligible} />
      </Group>
      <Text size="sm">{t('list.nip', { nip: row.nip })}</Text>
      <PersonFacts row={row} />
      <PromotionChecks checks={row.checks} name={row.name} collapsible />
      {row.promotion && <PromotionOutcome promotion={row.promotion} />}
      <PersonActions row={row} onTask={onTask} />
    </>
  );
}

/** Golongan and the step, position and unit, TMT golongan, education. */
function PersonFacts({ row, withPlace = true }: { row: EligibilityRow; withPlace?: boolean }) {
  const { t } = useTranslation('promotion');
  const format = useFormat();
  const golongan = row.golongan ?? t('unknown');
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {row.target
          ? t('list.golonganStep', { from: golongan, to: row.target })
          : t('list.golonganNow', { golongan })}
      </Text>
      {withPlace && (row.position || row.unit) && (
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {[row.position, row.unit].filter(Boolean).join(' · ')}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {t('list.tmt', { date: format.date(row.tmtGolongan) ?? t('unknown') })}
      </Text>
      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('list.education', { education: row.education ?? t('unknown') })}
      </Text>
    </Stack>
  );
}

function PersonActions({ row, onTask }: { row: EligibilityRow; onTask: (task: Task) => void }) {
  const { t } = useTranslation('promotion');
  const target = proposable(row);
  const promotion = row.promotion;
  if (target) {
    return (
      <Button
        size="xs"
        style={{ alignSelf: 'flex-start' }}
        aria-label={t('propose.buttonOf', { name: row.name, target })}
        onClick={() => onTask({ kind: 'propose', row, target })}
      >
        {t('propose.button', { target })}
      </Button>
    );
  }
  if (promotion?.state === 'proposed') {
    return (
      <Button
        size="xs"
        variant="light"
        style={{ alignSelf: 'flex-start' }}
        aria-label={t('decision.buttonOf', { name: row.name })}
        onClick={() => onTask({ kind: 'decide', name: row.name, promotion })}
      >
        {t('decision.button')}
      </Button>
    );
  }
  return null;
}

/** A row's cells in the table: the person, golongan and step, the checks, the proposal. */
function PersonCells({ row, onTask }: { row: EligibilityRow; onTask: (task: Task) => void }) {
  const { t } = useTranslation('promotion');
  return (
    <>
      <Table.Td w="24%">
        <Stack gap={2}>
          <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {row.name}
          </Text>
          <Text size="xs" c="dimmed">
            {row.nip}
          </Text>
          {(row.position || row.unit) && (
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {[row.position, row.unit].filter(Boolean).join(' · ')}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td w="18%">
        <PersonFacts row={row} withPlace={false} />
      </Table.Td>
      <Table.Td>
        <Stack gap={6} align="flex-start">
          <EligibilityBadge eligible={row.eligible} />
          <PromotionChecks checks={row.checks} name={row.name} collapsible />
        </Stack>
      </Table.Td>
      <Table.Td w="20%">
        <Stack gap={6}>
          {row.promotion ? (
            <PromotionOutcome promotion={row.promotion} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('list.none')}
            </Text>
          )}
          <PersonActions row={row} onTask={onTask} />
        </Stack>
      </Table.Td>
    </>
  );
}
