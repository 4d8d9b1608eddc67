import { MenuItem, TextField } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { ordersQuery, type NumberOrder } from '../../api/resources/numbers';
import type { Schema } from '../../api/types';
import { Page } from '../../components/Page';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useListParams } from '../../lib/useListParams';
import { linkColumn, statusColumn } from '../../components/gridColumns';
import { ORDER_STATUS } from '../../lib/vocabulary';
import { NumbersTabs } from './NumbersTabs';
import { orderContents } from './orderSummaryText';

type OrderStatus = Schema<'NumberOrderStatus'>;

const columns: GridColDef<NumberOrder>[] = [
  linkColumn({
    field: 'id',
    headerName: 'Order',
    width: 110,
    to: (row) => `/numbers/orders/${row.id}`,
    text: (row) => `Order ${row.id}`,
  }),
  { field: 'created', headerName: 'Placed', width: 180, valueFormatter: (value?: number) => formatDateTime(value) },
  { field: 'contents', headerName: 'Bought', flex: 1, minWidth: 200, valueGetter: (_value, row) => orderContents(row) },
  {
    field: 'totalCost',
    headerName: 'Credits',
    width: 100,
    valueFormatter: (value?: number) => formatNumber(value),
  },
  statusColumn({ field: 'status', headerName: 'Status', width: 130, terms: ORDER_STATUS, code: (row) => row.status }),
];

const STATUS_CHOICES: OrderStatus[] = ['PROCESSING', 'FINISHED', 'ERRORED', 'VOID', 'REJECTED'];

/** The account's number and keyword orders, newest first. */
export function OrdersPage() {
  const list = useListParams(['status'] as const);
  const status = STATUS_CHOICES.find((choice) => choice === list.filters.status);
  const orders = useQuery(ordersQuery(status ? { status: [status] } : {}, { offset: list.offset, limit: list.limit }));
  return (
    <Page title="Orders">
      <NumbersTabs />
      <TextField
        select
        size="small"
        label="Status"
        value={status ?? 'all'}
        onChange={(event) => list.setFilters({ status: event.target.value === 'all' ? '' : event.target.value })}
        sx={{ mb: 2, width: 200 }}
      >
        <MenuItem value="all">Any status</MenuItem>
        {STATUS_CHOICES.map((choice) => (
          <MenuItem key={choice} value={choice}>
            {ORDER_STATUS[choice].label}
          </MenuItem>
        ))}
      </TextField>
      <ServerDataGrid label="Orders" query={orders} list={list} columns={columns} />
    </Page>
  );
}
