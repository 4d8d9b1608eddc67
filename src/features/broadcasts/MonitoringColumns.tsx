import { Typography } from '@mui/material';
import type { GridColDef, GridValidRowModel } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { broadcastResource, isLive, textBroadcasts, voiceBroadcasts } from '../../api/resources/broadcasts';
import { BroadcastProgressBar } from '../../components/BroadcastProgressBar';
import { useBroadcastProgress } from '../../components/broadcastProgress';
import { TermHint } from '../../components/TermHint';
import { formatDateTime, formatNumber } from '../../lib/format';
import type { BroadcastKind } from './broadcastKinds';
import { callStatsView } from './callStats';
import type { StatsView } from './statsView';
import { textStatsView } from './textStats';

interface MonitoredRow extends GridValidRowModel {
  id?: number;
  status?: string;
}

/** How many of a broadcast's results the list names, the largest first. */
const RESULTS_NAMED = 3;

function ProgressCell({ kind, id, status }: { kind: BroadcastKind; id: number; status: MonitoredRow['status'] }) {
  const progress = useBroadcastProgress(kind, id, isLive(status));
  return <BroadcastProgressBar progress={progress} dense />;
}

function useStatsView(kind: BroadcastKind, id: number): StatsView | undefined {
  const voice = useQuery({ ...voiceBroadcasts.stats(id, false), enabled: kind === 'voice' });
  const text = useQuery({ ...textBroadcasts.stats(id, false), enabled: kind === 'text' });
  if (kind === 'voice') return voice.data && callStatsView(voice.data);
  return text.data && textStatsView(text.data);
}

/** "12 Live answer · 3 Machine", the largest results first; a dash before any result. */
function ResultsCell({ kind, id }: { kind: BroadcastKind; id: number }) {
  const view = useStatsView(kind, id);
  const named = (view?.counts ?? [])
    .filter((count) => count.value > 0)
    .sort((a, b) => b.value - a.value)
    .slice(0, RESULTS_NAMED);
  return (
    <Typography variant="body2" sx={{ whiteSpace: 'normal' }}>
      {named.length ? named.map((count) => `${formatNumber(count.value)} ${count.label}`).join(' · ') : '—'}
    </Typography>
  );
}

/** CallFire keeps no creation time on a broadcast: its first batch of recipients dates it. */
function CreatedCell({ kind, id }: { kind: BroadcastKind; id: number }) {
  const batches = useQuery(broadcastResource(kind).batches(id, false)).data?.items ?? [];
  const created = batches.map((batch) => batch.created).filter((time): time is number => time !== undefined);
  return <>{created.length ? formatDateTime(Math.min(...created)) : '—'}</>;
}

/** The list's progress, results and creation columns; each cell reads its broadcast's own figures. */
export function monitoringColumns<Row extends MonitoredRow>(kind: BroadcastKind): GridColDef<Row>[] {
  return [
    {
      field: 'progress',
      headerName: 'Progress',
      width: 200,
      sortable: false,
      renderCell: ({ row }) => <ProgressCell kind={kind} id={row.id ?? 0} status={row.status} />,
    },
    {
      field: 'results',
      headerName: 'Results',
      width: 240,
      sortable: false,
      renderCell: ({ row }) => <ResultsCell kind={kind} id={row.id ?? 0} />,
    },
    {
      field: 'created',
      headerName: 'Created',
      width: 180,
      sortable: false,
      renderHeader: () => (
        <>
          Created
          <TermHint term="Created" meaning="When the broadcast's first recipients were added." />
        </>
      ),
      renderCell: ({ row }) => <CreatedCell kind={kind} id={row.id ?? 0} />,
    },
  ];
}
