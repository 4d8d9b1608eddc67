import ArchiveIcon from '@mui/icons-material/Archive';
import EditIcon from '@mui/icons-material/Edit';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import StopIcon from '@mui/icons-material/Stop';
import { Alert, Button } from '@mui/material';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { broadcastKeys, isLive, pendingDoNotCallQuery } from '../../api/resources/broadcasts';
import type { PendingDoNotCall } from '../../api/resources/pendingDoNotCall';
import type { Schema } from '../../api/types';
import { useConfirm } from '../../components/useConfirm';
import { KIND_WORDS, broadcastPath, type BroadcastKind } from './broadcastKinds';
import type { PreflightSummary } from './preflight';
import { PreflightDialog } from './PreflightDialog';

type Command = 'start' | 'stop' | 'archive';

/**
 * Start (after the pre-flight summary), stop and archive (both confirmed) for a broadcast of either
 * kind: the page's action buttons, the dialogs they open and the alerts its status calls for.
 */
export function useBroadcastCommands<
  Broadcast extends { name?: string; status?: Schema<'BroadcastStatus'> },
  Stats,
  Result,
  Key extends readonly unknown[],
>({
  kind,
  id,
  broadcast,
  command,
  statsQuery,
  pendingBlockedQuery,
  preflightOf,
}: {
  kind: BroadcastKind;
  id: number;
  broadcast: Broadcast | undefined;
  command: UseMutationOptions<Result, Error, Command>;
  /** The broadcast's statistics, read fresh for the pre-flight summary. */
  statsQuery: UseQueryOptions<Stats, Error, Stats, Key>;
  /** Waiting recipients blocked since they were added (read fresh for the pre-flight), where the kind has them. */
  pendingBlockedQuery?: ReturnType<typeof pendingDoNotCallQuery>;
  preflightOf: (broadcast: Broadcast, stats: Stats, pending: PendingDoNotCall | undefined) => PreflightSummary;
}) {
  const words = KIND_WORDS[kind];
  const run = useMutation(command);
  const [confirm, confirmDialog] = useConfirm();
  const [preflightOpen, setPreflightOpen] = useState(false);
  const { data: stats } = useQuery({ ...statsQuery, enabled: preflightOpen, staleTime: 0 });
  const { data: pending } = useQuery({
    ...(pendingBlockedQuery ?? pendingDoNotCallQuery(id)),
    enabled: preflightOpen && pendingBlockedQuery !== undefined,
  });
  const pendingReady = pendingBlockedQuery === undefined || pending !== undefined;
  const queryClient = useQueryClient();
  const live = isLive(broadcast?.status);
  // Polling stops when the run ends; one more read gets the counts of the last calls or texts.
  useEffect(() => {
    if (!live) void queryClient.invalidateQueries({ queryKey: broadcastKeys.all });
  }, [live, id, queryClient]);

  const archived = broadcast?.status === 'ARCHIVED';
  const finished = broadcast?.status === 'FINISHED';
  const stop = async () => {
    if (
      await confirm({
        title: 'Stop this broadcast?',
        message: `No new ${words.unit} go out; those under way finish. Start it again to go on where it stopped.`,
        confirmLabel: 'Stop broadcast',
      })
    )
      run.mutate('stop');
  };
  const archive = async () => {
    if (
      await confirm({
        title: 'Archive this broadcast?',
        message:
          'Archiving stops the broadcast and hides it from the broadcast list and from searches; "Show archived" on the list finds it again. It cannot be started or changed again.',
        confirmLabel: 'Archive',
        destructive: true,
      })
    )
      run.mutate('archive');
  };
  const start = () => run.mutate('start', { onSuccess: () => setPreflightOpen(false) });

  const actions = broadcast && !archived && (
    <>
      <Button startIcon={<EditIcon />} component={RouterLink} to={`${broadcastPath(kind, id)}/edit`}>
        Edit
      </Button>
      {live ? (
        <Button startIcon={<StopIcon />} variant="contained" color="warning" onClick={stop}>
          Stop
        </Button>
      ) : (
        // A finished broadcast has called everyone: starting it again only matters after new recipients
        // were added, so it is offered, not put forward.
        <Button
          startIcon={<PlayArrowIcon />}
          variant={finished ? 'outlined' : 'contained'}
          onClick={() => setPreflightOpen(true)}
        >
          {finished ? 'Start again' : 'Start'}
        </Button>
      )}
      <Button startIcon={<ArchiveIcon />} color="error" onClick={archive}>
        Archive
      </Button>
    </>
  );
  const dialogs = broadcast && (
    <>
      {confirmDialog}
      <PreflightDialog
        name={broadcast.name || `broadcast ${id}`}
        open={preflightOpen}
        starting={run.isPending}
        summary={stats === undefined || !pendingReady ? undefined : preflightOf(broadcast, stats, pending)}
        onCancel={() => setPreflightOpen(false)}
        onStart={start}
      />
    </>
  );
  const alerts = (
    <>
      {broadcast?.status === 'SUSPENDED' && (
        <Alert severity="warning" sx={{ mb: 3 }}>
          Suspended: the account ran out of credits, so no more {words.unit} go out. Add credits, then start the
          broadcast again to {words.verb} the remaining recipients.
        </Alert>
      )}
      {archived && (
        <Alert severity="info" sx={{ mb: 3 }}>
          This broadcast is archived: the list shows it only under "Show archived", and it cannot be started or changed.
        </Alert>
      )}
    </>
  );
  return { live, archived, actions, dialogs, alerts };
}
