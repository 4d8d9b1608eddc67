import { Box, Stack } from '@mui/material';
import type { GridColDef, GridValidRowModel } from '@mui/x-data-grid';
import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { Batch, PageOf } from '../../api/resources/broadcasts';
import { ListFilterSelect } from '../../components/ListFilterSelect';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { useListParams } from '../../lib/useListParams';

/** A broadcast's calls or texts, one page at a time, optionally of one batch (kept in the address). */
export function BroadcastActionsPanel<Row extends GridValidRowModel, Key extends readonly unknown[]>({
  label,
  batches,
  columns,
  query,
}: {
  /** Accessible name of the table ("Calls of this broadcast"). */
  label: string;
  batches: Batch[] | undefined;
  columns: GridColDef<Row>[];
  query: (
    batchId: number | undefined,
    offset: number,
    limit: number,
  ) => UseQueryOptions<PageOf<Row>, Error, PageOf<Row>, Key>;
}) {
  const list = useListParams(['batch'] as const, 10);
  const batchId = list.filters.batch ? Number(list.filters.batch) : undefined;
  const { data, isFetching } = useQuery(query(batchId, list.offset, list.limit));
  return (
    <Stack spacing={2}>
      <Box sx={{ maxWidth: 300 }}>
        <ListFilterSelect
          list={list}
          name="batch"
          label="Batch"
          anyLabel="All batches"
          options={(batches ?? []).map((batch) => ({
            value: String(batch.id),
            label: batch.name || `Batch ${batch.id}`,
          }))}
          minWidth={200}
        />
      </Box>
      <ServerDataGrid label={label} columns={columns} data={data} fetching={isFetching} list={list} />
    </Stack>
  );
}
