import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { Button, Group, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { UploadIcon } from '../../../components/icons';
import { ButtonLink } from '../../../components/router-links';
import { useUnits } from '../../../lib/get-units';
import { useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { CloseUnitDialog, MoveUnitDialog } from './unit-move-close-dialogs';
import { CreateUnitDialog, RenameUnitDialog } from './unit-name-dialogs';
import { buildUnitTree, expandableIds, type TreeNode, visibleRows } from './unit-tree-model';
import { TreeToggles, type UnitAction, UnitTreeView } from './unit-tree-view';

type Dialog = { action: UnitAction; node: TreeNode } | { action: 'createTop' } | null;

/** The unit tree with its changes: add, rename, move, close; and the way to the unit import. */
export function UnitsPanel() {
  const { t } = useTranslation('organisation');
  const me = useMe();
  const format = useFormat();
  const units = useUnits();
  const [showClosed, setShowClosed] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [dialog, setDialog] = useState<Dialog>(null);
  const today = calendarDateIn(new Date(), format.timeZone);
  const tenantWide = me.scopeUnit === null;

  const forest = useMemo(
    () => buildUnitTree(units.data?.items ?? [], new Intl.Collator(format.language), { today, showClosed }),
    [units.data, format.language, today, showClosed],
  );
  const rows = visibleRows(forest, expanded);
  const toggle = (id: number) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const close = () => setDialog(null);

  return (
    <Stack gap="md" component="section" aria-labelledby="units-heading">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2} size="h4" id="units-heading">
          {t('units.heading')}
        </Title>
        <Group gap="sm">
          <ButtonLink to="/imports/units" variant="default" leftSection={<UploadIcon />}>
            {t('units.import')}
          </ButtonLink>
          {tenantWide && <Button onClick={() => setDialog({ action: 'createTop' })}>{t('units.add')}</Button>}
        </Group>
      </Group>
      {!tenantWide && me.scopeUnit && (
        <Text size="sm" c="dimmed">
          {t('units.scopeNote')}
        </Text>
      )}
      <Group justify="space-between" gap="sm">
        <Switch
          label={t('units.showClosed')}
          checked={showClosed}
          onChange={(event) => setShowClosed(event.currentTarget.checked)}
        />
        <TreeToggles
          onExpandAll={() => setExpanded(new Set(expandableIds(forest)))}
          onCollapseAll={() => setExpanded(new Set())}
        />
      </Group>
      {units.isError && <ErrorAlert error={units.error} onRetry={() => void units.refetch()} />}
      {units.isPending && <Skeleton h={240} aria-busy="true" />}
      {units.data && forest.length === 0 && <EmptyMessage title={t('units.empty')} />}
      {forest.length > 0 && (
        <UnitTreeView
          rows={rows}
          expanded={expanded}
          onToggle={toggle}
          onAction={(action, node) => setDialog({ action, node })}
          scopeUnitId={me.scopeUnit?.id ?? null}
        />
      )}
      {dialog?.action === 'createTop' && <CreateUnitDialog parent={null} onClose={close} />}
      {dialog?.action === 'addChild' && <CreateUnitDialog parent={dialog.node} onClose={close} />}
      {dialog?.action === 'rename' && <RenameUnitDialog node={dialog.node} onClose={close} />}
      {dialog?.action === 'move' && (
        <MoveUnitDialog node={dialog.node} canUseTop={tenantWide} onClose={close} />
      )}
      {dialog?.action === 'close' && <CloseUnitDialog node={dialog.node} onClose={close} />}
    </Stack>
  );
}
