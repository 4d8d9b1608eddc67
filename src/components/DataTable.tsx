import { Table, TableBody, TableCell, TableHead, TableRow, type SxProps, type Theme } from '@mui/material';
import type { Key, ReactNode } from 'react';

/** One column of a `DataTable`: its heading and what each row shows in it. */
export interface TableColumn<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The cell names its row for screen readers (a `th` with `scope="row"`). */
  rowHeader?: boolean;
  headerSx?: SxProps<Theme>;
}

/**
 * A small table of rows already in hand (a history, a report, a preview), its columns declared as data.
 * Server-paged lists use `ServerDataGrid` instead.
 */
export function DataTable<Row>({
  label,
  columns,
  rows,
  rowKey,
}: {
  label: string;
  columns: TableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row, index: number) => Key;
}) {
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          {columns.map((column, index) => (
            <TableCell key={index} sx={column.headerSx}>
              {column.header}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row, rowIndex) => (
          <TableRow key={rowKey(row, rowIndex)}>
            {columns.map((column, index) =>
              column.rowHeader ? (
                <TableCell key={index} component="th" scope="row">
                  {column.cell(row)}
                </TableCell>
              ) : (
                <TableCell key={index}>{column.cell(row)}</TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
