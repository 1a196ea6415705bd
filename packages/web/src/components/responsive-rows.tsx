import { Stack, Table } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { CardItem, CardList } from './card-list';
import { ScrollTable } from './scroll-table';

/** A column's heading; `hidden`: said to screen readers only (a column of buttons). */
export interface RowsColumn {
  label: string;
  hidden?: boolean;
}

/**
 * A page of rows: one card each on a phone, a table wider (captioned, scrolling sideways below
 * `minWidth`, its cells aligned at the top). `testId` marks a row's card and its table row alike.
 */
export function ResponsiveRows<Row>({
  label,
  items,
  busy,
  rowKey,
  testId,
  card,
  minWidth,
  columns,
  cells,
}: {
  label: string;
  items: readonly Row[];
  busy: boolean;
  rowKey: (row: Row) => string | number;
  testId: (row: Row) => string;
  /** A row's lines on a phone, one under another. */
  card: (row: Row) => ReactNode;
  minWidth: number;
  columns: readonly RowsColumn[];
  /** A row's `Table.Td` cells, one a column. */
  cells: (row: Row) => ReactNode;
}) {
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  if (isPhone) {
    return (
      <CardList label={label} busy={busy}>
        {items.map((row) => (
          <CardItem key={rowKey(row)}>
            <Stack gap={6} data-testid={testId(row)}>
              {card(row)}
            </Stack>
          </CardItem>
        ))}
      </CardList>
    );
  }
  return (
    <ScrollTable label={label} minWidth={minWidth}>
      <Table striped verticalSpacing="sm" aria-busy={busy}>
        <Table.Caption className="visually-hidden">{label}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.label} scope="col">
                {column.hidden ? <span className="visually-hidden">{column.label}</span> : column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((row) => (
            <Table.Tr key={rowKey(row)} data-testid={testId(row)} style={{ verticalAlign: 'top' }}>
              {cells(row)}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
