import { ActionIcon, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ArrowDownIcon, ArrowUpIcon, CloseIcon, CopyIcon } from '../../../../components/icons';

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

/**
 * Up, down, (duplicate,) remove: small labelled buttons, usable from the keyboard. The icons are
 * drawn (SVG): a font glyph such as ⧉ is missing from common fonts and showed as an empty box.
 */
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
        <ArrowUpIcon size={16} />
      </ActionIcon>
      <ActionIcon
        id={`${idPrefix}-down`}
        variant="default"
        size="md"
        disabled={!canMoveDown}
        onClick={() => onMove(1)}
        aria-label={t('builder.actions.moveDown', { name })}
      >
        <ArrowDownIcon size={16} />
      </ActionIcon>
      {onDuplicate && (
        <ActionIcon
          variant="default"
          size="md"
          onClick={onDuplicate}
          aria-label={t('builder.actions.duplicate', { name })}
        >
          <CopyIcon size={16} />
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
          <CloseIcon size={16} />
        </ActionIcon>
      )}
    </Group>
  );
}
