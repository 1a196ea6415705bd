import { ActionIcon, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ItemActionsProps {
  /** Prefix of the buttons' ids, so the focus can follow a moved item. */
  idPrefix: string;
  /** Names the item for screen readers ('pilihan 2'). */
  name: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (delta: -1 | 1) => void;
  onRemove?: () => void;
  onDuplicate?: () => void;
  removeDisabled?: boolean;
}

/** Up, down, (duplicate,) remove: small labelled buttons, usable from the keyboard. */
export function ItemActions({
  idPrefix,
  name,
  canMoveUp,
  canMoveDown,
  onMove,
  onRemove,
  onDuplicate,
  removeDisabled = false,
}: ItemActionsProps) {
  const { t } = useTranslation('surveyAdmin');
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        id={`${idPrefix}-up`}
        variant="default"
        size="md"
        disabled={!canMoveUp}
        onClick={() => onMove(-1)}
        aria-label={t('builder.actions.moveUp', { name })}
      >
        <span aria-hidden="true">↑</span>
      </ActionIcon>
      <ActionIcon
        id={`${idPrefix}-down`}
        variant="default"
        size="md"
        disabled={!canMoveDown}
        onClick={() => onMove(1)}
        aria-label={t('builder.actions.moveDown', { name })}
      >
        <span aria-hidden="true">↓</span>
      </ActionIcon>
      {onDuplicate && (
        <ActionIcon
          variant="default"
          size="md"
          onClick={onDuplicate}
          aria-label={t('builder.actions.duplicate', { name })}
        >
          <span aria-hidden="true">⧉</span>
        </ActionIcon>
      )}
      {onRemove && (
        <ActionIcon
          variant="default"
          color="red"
          size="md"
          disabled={removeDisabled}
          onClick={onRemove}
          aria-label={t('builder.actions.remove', { name })}
        >
          <span aria-hidden="true">✕</span>
        </ActionIcon>
      )}
    </Group>
  );
}
