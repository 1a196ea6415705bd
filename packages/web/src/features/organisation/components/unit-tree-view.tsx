import { ActionIcon, Badge, Box, Button, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDomainLabels } from '../../../lib/domain-labels';
import { useFormat } from '../../../lib/use-format';
import type { TreeNode } from './unit-tree-model';
import classes from './unit-tree-view.module.css';

export type UnitAction = 'addChild' | 'rename' | 'move' | 'close';

interface UnitTreeViewProps {
  rows: readonly TreeNode[];
  expanded: ReadonlySet<number>;
  onToggle: (id: number) => void;
  onAction: (action: UnitAction, node: TreeNode) => void;
  /** A scoped admin's own unit: it may add below it, but renaming, moving or closing it is the government's. */
  scopeUnitId?: number | null;
}

const ACTIONS: readonly UnitAction[] = ['addChild', 'rename', 'move', 'close'];
const SCOPE_ACTIONS: readonly UnitAction[] = ['addChild'];

/**
 * The unit tree as an indented list: on a phone as on a desk, each row a unit with its kind and
 * the employees of its subtree, a button to show or hide its sub-units, and a menu of changes.
 */
export function UnitTreeView({ rows, expanded, onToggle, onAction, scopeUnitId = null }: UnitTreeViewProps) {
  const { t } = useTranslation('organisation');
  return (
    <Box component="ul" className={classes.list} aria-label={t('units.list')}>
      {rows.map((node) => (
        <UnitRow
          key={node.unit.id}
          node={node}
          open={expanded.has(node.unit.id)}
          onToggle={onToggle}
          onAction={onAction}
          actions={node.unit.id === scopeUnitId ? SCOPE_ACTIONS : ACTIONS}
        />
      ))}
    </Box>
  );
}

function UnitRow({
  node,
  open,
  onToggle,
  onAction,
  actions,
}: {
  node: TreeNode;
  open: boolean;
  onToggle: (id: number) => void;
  onAction: (action: UnitAction, node: TreeNode) => void;
  actions: readonly UnitAction[];
}) {
  const { t } = useTranslation('organisation');
  const labels = useDomainLabels();
  const format = useFormat();
  const { unit } = node;
  const hasChildren = node.children.length > 0;
  return (
    <li
      className={classes.row}
      style={{ '--depth': node.depth } as React.CSSProperties}
      data-testid="unit-row"
    >
      <Group gap={6} wrap="nowrap" align="flex-start">
        {hasChildren ? (
          <UnstyledButton
            className={classes.toggle}
            aria-expanded={open}
            aria-label={t(open ? 'units.collapse' : 'units.expand', { name: unit.name })}
            onClick={() => onToggle(unit.id)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </UnstyledButton>
        ) : (
          <span className={classes.spacer} />
        )}
        <Box className={classes.body}>
          <Text size="sm" fw={node.depth === 0 ? 600 : 500} c={node.closed ? 'dimmed' : undefined}>
            {unit.name}
          </Text>
          <Group gap={6} mt={2}>
            <Badge variant="light" color="gray" size="sm" tt="none">
              {labels.unitKind(unit.kind)}
            </Badge>
            {node.subtreeEmployees !== null && (
              <Text size="xs" c="dimmed">
                {t('units.employees', {
                  count: node.subtreeEmployees,
                  formatted: format.number(node.subtreeEmployees),
                })}
              </Text>
            )}
            {node.closed && unit.closedOn && (
              <Badge variant="outline" color="red.9" size="sm" tt="none">
                {t('units.closedSince', { date: format.date(unit.closedOn) })}
              </Badge>
            )}
          </Group>
        </Box>
        {!node.closed && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={t('units.actions', { name: unit.name })}
              >
                <span aria-hidden="true">⋯</span>
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {actions.map((action) => (
                <Menu.Item
                  key={action}
                  color={action === 'close' ? 'red.9' : undefined}
                  onClick={() => onAction(action, node)}
                >
                  {t(`actions.${action}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
    </li>
  );
}

/** "Expand all" / "Collapse all". */
export function TreeToggles({
  onExpandAll,
  onCollapseAll,
}: {
  onExpandAll: () => void;
  onCollapseAll: () => void;
}) {
  const { t } = useTranslation('organisation');
  return (
    <Group gap="xs">
      <Button variant="subtle" size="compact-sm" onClick={onExpandAll}>
        {t('units.expandAll')}
      </Button>
      <Button variant="subtle" size="compact-sm" onClick={onCollapseAll}>
        {t('units.collapseAll')}
      </Button>
    </Group>
  );
}
