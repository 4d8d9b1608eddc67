import { MenuItem, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { callColumns } from '../../components/callColumns';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { useListParams } from '../../lib/useListParams';
import { batchesQuery, broadcastCallsQuery } from '../../api/resources/broadcasts';

/** The broadcast's calls, one page at a time, optionally of one batch (kept in the address). */
export function BroadcastCallsPanel({ broadcastId, live }: { broadcastId: number; live: boolean }) {
  const list = useListParams(['batch'] as const, 10);
  const batchId = list.filters.batch ? Number(list.filters.batch) : undefined;
  const { data: batches } = useQuery(batchesQuery(broadcastId, live));
  const { data, isFetching } = useQuery(broadcastCallsQuery(broadcastId, batchId, list.offset, list.limit, live));
  return (
    <Stack spacing={2}>
      <TextField
        select
        size="small"
        label="Batch"
        value={list.filters.batch}
        onChange={(event) => list.setFilters({ batch: event.target.value })}
        sx={{ maxWidth: 300 }}
      >
        <MenuItem value="">All batches</MenuItem>
        {(batches?.items ?? []).map((batch) => (
          <MenuItem key={batch.id} value={String(batch.id)}>
            {batch.name || `Batch ${batch.id}`}
          </MenuItem>
        ))}
      </TextField>
      <ServerDataGrid
        label="Calls of this broadcast"
        columns={callColumns}
        data={data}
        fetching={isFetching}
        list={list}
      />
    </Stack>
  );
}
