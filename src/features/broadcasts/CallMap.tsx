import RefreshIcon from '@mui/icons-material/Refresh';
import { Box, Button, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { CALL_RESULT_LABELS, type CallResult } from '../../lib/callOutcomes';
import { formatNumber } from '../../lib/format';
import { US_STATES } from '../../../shared/usAreaCodes';
import { addCallsToPlaces, countFor, DIALLED_RESULTS, emptyPlaces, type CallPlaces } from './callPlaces';
import { broadcastKeys, voiceBroadcasts } from '../../api/resources/broadcasts';
import { MAP_HEIGHT, MAP_WIDTH } from './mapSize';

// The map's drawing library and shapes (28 kB gzip) load with the map, not with the broadcast's page.
const StatesMap = lazy(async () => ({ default: (await import('./StatesMap')).StatesMap }));

const PAGE = 1000;

/** Reads every call of the broadcast (number, result, attempts) and counts the dialled ones by state, reporting progress. */
async function loadPlaces(id: number, signal: AbortSignal, onProgress: (done: number, total: number) => void) {
  const places = emptyPlaces();
  for (let offset = 0; ; offset += PAGE) {
    const page = await voiceBroadcasts.fetchActionPage(
      id,
      { offset, limit: PAGE, fields: 'items(toNumber,finalCallResult,records(id)),totalCount' },
      signal,
    );
    addCallsToPlaces(places, page.items ?? []);
    const read = offset + (page.items ?? []).length;
    onProgress(read, page.totalCount ?? read);
    if ((page.items ?? []).length < PAGE) return places;
  }
}

/** Where a broadcast's dialled calls went, by US state, shaded by count and filterable by result. */
export function CallMap({ broadcastId }: { broadcastId: number }) {
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [result, setResult] = useState<CallResult | ''>('');
  const {
    data: places,
    isFetching,
    refetch,
  } = useQuery({
    queryKey: broadcastKeys.places(broadcastId),
    queryFn: ({ signal }) => loadPlaces(broadcastId, signal, (done, total) => setProgress({ done, total })),
    staleTime: Infinity,
  });
  const filter = result ? [result] : [];
  const counts = new Map(US_STATES.map((state) => [state.code, countFor(places?.byState.get(state.code), filter)]));
  const max = Math.max(1, ...counts.values());
  const ranked = [...counts.entries()].filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1]);

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label="Calls shown on the map"
          value={result}
          onChange={(event) => setResult(event.target.value as CallResult | '')}
          sx={{ minWidth: 240 }}
        >
          <MenuItem value="">Every dialled call</MenuItem>
          {DIALLED_RESULTS.map((value) => (
            <MenuItem key={value} value={value}>
              {CALL_RESULT_LABELS[value]}
            </MenuItem>
          ))}
        </TextField>
        <Button startIcon={<RefreshIcon />} onClick={() => refetch()} disabled={isFetching}>
          Refresh map
        </Button>
      </Stack>
      {isFetching && progress && (
        <Box>
          <Typography variant="body2" id="map-progress">
            Reading calls: {formatNumber(progress.done)} of {formatNumber(progress.total)}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={progress.total ? (100 * progress.done) / progress.total : 0}
            aria-labelledby="map-progress"
          />
        </Box>
      )}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '3fr 1fr' }, alignItems: 'start' }}>
        <Box
          role="img"
          aria-label={`Map of calls by state: ${ranked.map(([state, count]) => `${state} ${count}`).join(', ') || 'no calls dialled yet'}`}
          sx={{ '& svg': { width: '100%', height: 'auto' } }}
        >
          <Suspense fallback={<Box sx={{ aspectRatio: `${MAP_WIDTH} / ${MAP_HEIGHT}` }} />}>
            <StatesMap counts={counts} max={max} />
          </Suspense>
        </Box>
        <PlacesTable ranked={ranked} places={places} />
      </Box>
    </Stack>
  );
}

function PlacesTable({ ranked, places }: { ranked: [string, number][]; places: CallPlaces | undefined }) {
  return (
    <Box
      component="table"
      aria-label="Calls by state"
      sx={{ borderCollapse: 'collapse', '& td, & th': { py: 0.5, pr: 2, textAlign: 'left' } }}
    >
      <thead>
        <tr>
          <th>State</th>
          <th>Calls</th>
        </tr>
      </thead>
      <tbody>
        {ranked.slice(0, 15).map(([state, count]) => (
          <tr key={state}>
            <td>{state}</td>
            <td>{formatNumber(count)}</td>
          </tr>
        ))}
        {places && places.other > 0 && (
          <tr>
            <td>Outside the US</td>
            <td>{formatNumber(places.other)}</td>
          </tr>
        )}
      </tbody>
    </Box>
  );
}
