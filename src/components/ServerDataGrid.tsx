import { useMediaQuery, useTheme } from '@mui/material';
import { DataGrid, useGridApiRef, type DataGridProps, type GridValidRowModel } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { phoneCardColumn } from './phoneCardColumn';
import type { ListParams } from '../lib/useListParams';
import { PAGE_SIZES } from '../lib/useListParams';

interface PageData<Row> {
  items?: Row[];
  totalCount?: number;
}

type ServerDataGridProps<Row extends GridValidRowModel> = Omit<
  DataGridProps<Row>,
  'rows' | 'rowCount' | 'paginationMode' | 'paginationModel' | 'onPaginationModelChange' | 'loading'
> & {
  /** Accessible name of the table. */
  label: string;
  list: ListParams<string>;
  /** The field that names a row, where it is not `id` (a phone number, a keyword). */
  rowId?: keyof Row & string;
} & (
    | {
        /** The query for the page shown (its `data` and `isFetching`)… */
        query: { data?: PageData<Row>; isFetching: boolean };
        data?: never;
        fetching?: never;
      }
    | {
        /** …or the page and whether it is being fetched, when they come from elsewhere. */
        data: PageData<Row> | undefined;
        fetching: boolean;
        query?: never;
      }
  );

/**
 * A DataGrid over one CallFire page at a time: it never holds more rows than the page, and its
 * page and page size live in the URL through `useListParams`. On a phone its columns stack into one
 * card per row (`phoneCardColumn`), so no column is cut off.
 */
export function ServerDataGrid<Row extends GridValidRowModel>({
  label,
  query,
  data = query?.data,
  fetching = query?.isFetching ?? false,
  list,
  columns,
  rowId,
  ...props
}: ServerDataGridProps<Row>) {
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));
  const apiRef = useGridApiRef();
  const shownColumns = useMemo(
    () => (phone ? [phoneCardColumn(label, columns, apiRef)] : columns),
    [phone, label, columns, apiRef],
  );
  const items = data?.items ?? [];
  const known = data?.totalCount !== undefined && data.totalCount >= 0;
  return (
    <DataGrid<Row>
      aria-label={label}
      apiRef={apiRef}
      columns={shownColumns}
      getRowHeight={phone ? () => 'auto' : undefined}
      rows={items}
      rowCount={known ? data!.totalCount : -1}
      paginationMeta={known ? undefined : { hasNextPage: items.length === list.pageSize }}
      paginationMode="server"
      paginationModel={{ page: list.page, pageSize: list.pageSize }}
      onPaginationModelChange={list.setPagination}
      pageSizeOptions={[...PAGE_SIZES]}
      loading={fetching}
      disableColumnFilter
      disableColumnSorting
      disableRowSelectionOnClick
      autoHeight
      // One card column fills the grid: its resize separator would only stick out past the edge.
      sx={phone ? { '& .MuiDataGrid-columnSeparator': { display: 'none' } } : undefined}
      getRowId={rowId ? (row) => row[rowId] : undefined}
      {...props}
    />
  );
}
