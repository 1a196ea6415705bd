import { Button, Fieldset, Group, Input, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { errorAt, focusSoon, useBuilderForm, useBuilderUi } from './builder-form';
import { ItemActions } from './item-actions';

interface KeyedItemListProps<Item extends { uid: string }> {
  legend: string;
  /** The list's form path (`sections.0.questions.1.options`). */
  path: string;
  items: readonly Item[];
  /** Names one item for its heading and its buttons ('Pilihan 2'). */
  itemName: (number: number) => string;
  /** Fewer items than this cannot be removed to. */
  minItems: number;
  cols: number;
  addId: string;
  addLabel: string;
  onAdd: () => void;
  /** The item's inputs, one grid cell each. */
  children: (item: Item, position: number) => ReactNode;
}

/**
 * An editable, ordered list of a question's keyed items (options, statements): each in a card with
 * its name, move and remove buttons and its inputs; an add button below; the focus follows moves.
 */
export function KeyedItemList<Item extends { uid: string }>({
  legend,
  path,
  items,
  itemName,
  minItems,
  cols,
  addId,
  addLabel,
  onAdd,
  children,
}: KeyedItemListProps<Item>) {
  const form = useBuilderForm();
  const { readOnly } = useBuilderUi();

  const move = (from: number, delta: -1 | 1) => {
    const uid = items[from]?.uid;
    form.reorderListItem(path as never, { from, to: from + delta });
    if (uid) focusSoon(`${uid}-${delta < 0 ? 'up' : 'down'}`, `${uid}-${delta < 0 ? 'down' : 'up'}`);
  };

  return (
    <Fieldset legend={legend} variant="filled">
      <Stack gap="sm">
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((item, position) => {
            const name = itemName(position + 1);
            return (
              <Paper component="li" key={item.uid} withBorder p="sm" radius="sm">
                <Stack gap="xs">
                  <Group justify="space-between" gap="xs">
                    <Text size="sm" fw={600}>
                      {name}
                    </Text>
                    {!readOnly && (
                      <ItemActions
                        idPrefix={item.uid}
                        name={name}
                        canMoveUp={position > 0}
                        canMoveDown={position < items.length - 1}
                        onMove={(delta) => move(position, delta)}
                        onRemove={() => {
                          form.removeListItem(path as never, position);
                          focusSoon(addId);
                        }}
                        removeDisabled={items.length <= minItems}
                      />
                    )}
                  </Group>
                  <SimpleGrid cols={{ base: 1, sm: cols }} spacing="xs" verticalSpacing="xs">
                    {children(item, position)}
                  </SimpleGrid>
                </Stack>
              </Paper>
            );
          })}
        </Stack>
        {errorAt(form, path) && <Input.Error>{errorAt(form, path)}</Input.Error>}
        {!readOnly && (
          <Button id={addId} variant="light" size="xs" onClick={onAdd} style={{ alignSelf: 'flex-start' }}>
            {addLabel}
          </Button>
        )}
      </Stack>
    </Fieldset>
  );
}
