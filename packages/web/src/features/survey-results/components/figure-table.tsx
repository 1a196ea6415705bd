import { Table } from '@mantine/core';
import type { Key, ReactNode } from 'react';

export interface FigureColumn<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** Figures align right, so that their digits line up. */
  numeric?: boolean;
  /** The figure the table is about (a gap), in bold. */
  strong?: boolean;
  /** The cell names its row (`th scope="row"`). */
  rowHeader?: boolean;
  /** The header does not wrap (wave labels). */
  nowrap?: boolean;
}

interface FigureTableProps<Row> {
  caption: string;
  /** The caption only for assistive technology: the card's title already says it on screen. */
  hiddenCaption?: boolean;
  columns: FigureColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  verticalSpacing?: number;
  horizontalSpacing?: 'xs';
  /** Rows under the body (totals). */
  footer?: ReactNode;
  testId?: string;
}

/** A striped table of a result's figures: one row per answer, statement or element, one column per figure. */
export function FigureTable<Row>({
  caption,
  hiddenCaption = false,
  columns,
  rows,
  rowKey,
  verticalSpacing = 4,
  horizontalSpacing,
  footer,
  testId,
}: FigureTableProps<Row>) {
  return (
    <Table
      striped
      verticalSpacing={verticalSpacing}
      horizontalSpacing={horizontalSpacing}
      fz="sm"
      data-testid={testId}
    >
      <Table.Caption className={hiddenCaption ? 'visually-hidden' : undefined}>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th
              key={column.key}
              scope="col"
              ta={column.numeric ? 'right' : undefined}
              style={column.nowrap ? { whiteSpace: 'nowrap' } : undefined}
            >
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, index) => (
          <Table.Tr key={rowKey(row)}>
            {columns.map((column) =>
              column.rowHeader ? (
                <Table.Th key={column.key} scope="row" fw={400}>
                  {column.cell(row, index)}
                </Table.Th>
              ) : (
                <Table.Td
                  key={column.key}
                  ta={column.numeric ? 'right' : undefined}
                  fw={column.strong ? 700 : undefined}
                >
                  {column.cell(row, index)}
                </Table.Td>
              ),
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
      {footer && <Table.Tfoot>{footer}</Table.Tfoot>}
    </Table>
  );
}
