import { Box, Stack, Typography } from '@mui/material';
import type {
  GridActionsColDef,
  GridApiCommon,
  GridColDef,
  GridRenderCellParams,
  GridRowParams,
  GridValidRowModel,
} from '@mui/x-data-grid';
import type { ReactNode, RefObject } from 'react';

type ApiRef = RefObject<GridApiCommon | null>;

/** What one column shows for a row, as the grid itself would draw the cell. */
function cellOf<Row extends GridValidRowModel>(
  column: GridColDef<Row>,
  params: GridRenderCellParams<Row>,
  apiRef: ApiRef,
): ReactNode {
  const { row } = params;
  if (column.type === 'actions') {
    const actions = (column as GridActionsColDef<Row>).getActions({
      id: params.id,
      row,
      columns: [],
    } as GridRowParams<Row>);
    return <Stack direction="row">{actions}</Stack>;
  }
  const raw = (row as Record<string, unknown>)[column.field];
  const value = column.valueGetter
    ? (column.valueGetter as (...args: unknown[]) => unknown)(raw, row, column, apiRef)
    : raw;
  const formattedValue = column.valueFormatter
    ? (column.valueFormatter as (...args: unknown[]) => unknown)(value, row, column, apiRef)
    : value;
  if (column.renderCell) {
    return column.renderCell({ ...params, field: column.field, colDef: column, value, formattedValue } as never);
  }
  return formattedValue === undefined || formattedValue === null || formattedValue === ''
    ? '—'
    : String(formattedValue);
}

/**
 * On a phone a grid's columns become one: each row a small card listing every column's header and
 * value, so nothing is cut off on the right and selection, paging and links keep working.
 */
export function phoneCardColumn<Row extends GridValidRowModel>(
  label: string,
  columns: readonly GridColDef<Row>[],
  apiRef: ApiRef,
): GridColDef<Row> {
  return {
    field: '__card',
    headerName: label,
    flex: 1,
    sortable: false,
    // One column filling the grid: a menu or a resize handle would only stick out past its edge.
    disableColumnMenu: true,
    resizable: false,
    renderCell: (params) => (
      <Box component="dl" sx={{ m: 0, py: 1, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1.5 }}>
        {columns.map((column) => (
          <Box key={column.field} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" sx={{ color: 'text.secondary', alignSelf: 'center' }}>
              {column.headerName}
            </Typography>
            <Box component="dd" sx={{ m: 0, minWidth: 0, overflowWrap: 'anywhere', whiteSpace: 'normal' }}>
              {cellOf(column, params, apiRef)}
            </Box>
          </Box>
        ))}
      </Box>
    ),
  };
}
