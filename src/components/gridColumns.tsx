import { Link } from '@mui/material';
import type { GridColDef, GridValidRowModel } from '@mui/x-data-grid';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Terms } from '../lib/vocabulary';
import { StatusChip } from './StatusChip';

type ColumnBase<Row extends GridValidRowModel> = Omit<GridColDef<Row>, 'renderCell'>;

/** A column whose cell links to the row's own page; `text` is what the link reads (the field's value by default). */
export function linkColumn<Row extends GridValidRowModel>({
  to,
  text,
  ...column
}: ColumnBase<Row> & { to: (row: Row) => string; text?: (row: Row) => ReactNode }): GridColDef<Row> {
  return {
    ...column,
    renderCell: ({ row, value }) => (
      <Link component={RouterLink} to={to(row)}>
        {text ? text(row) : (value as ReactNode)}
      </Link>
    ),
  };
}

/** A column that draws a state or result of the vocabulary as a `StatusChip`. */
export function statusColumn<Row extends GridValidRowModel, Code extends string>({
  terms,
  code,
  ...column
}: ColumnBase<Row> & { terms: Terms<Code>; code: (row: Row) => Code | undefined }): GridColDef<Row> {
  return { ...column, renderCell: ({ row }) => <StatusChip terms={terms} code={code(row)} /> };
}
