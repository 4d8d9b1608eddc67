import { Link, List, ListItem, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { broadcastsQuery, LIVE_REFRESH_MS } from '../../api/resources/broadcasts';
import { textBroadcastsQuery } from '../../api/resources/textBroadcasts';
import { BroadcastProgressBar } from '../../components/BroadcastProgressBar';
import { useBroadcastProgress, type BroadcastKind } from '../../components/broadcastProgress';
import { Section } from '../../components/Section';
import { formatTimeLeft } from './pace';
import { useTimeLeft } from './useTimeLeft';

/** How many running broadcasts of each kind the home page follows. */
const SHOWN = 20;

function RunningBroadcast({ kind, id, name }: { kind: BroadcastKind; id: number; name: string }) {
  const progress = useBroadcastProgress(kind, id, true);
  const timeLeft = useTimeLeft(kind, id, progress?.remaining);
  return (
    <ListItem disableGutters aria-label={name}>
      <Stack spacing={0.5} sx={{ width: '100%' }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
          <Link component={RouterLink} to={`/broadcasts/${kind}/${id}`}>
            {name}
          </Link>
          <Typography variant="caption" color="text.secondary">
            {kind === 'voice' ? 'Voice' : 'Text'}
          </Typography>
        </Stack>
        <BroadcastProgressBar
          progress={progress}
          extra={
            <Typography component="span" variant="inherit" color="text.secondary">
              {' · '}
              {timeLeft === undefined ? 'time left: estimating' : `${formatTimeLeft(timeLeft)} left`}
            </Typography>
          }
        />
      </Stack>
    </ListItem>
  );
}

/** Every broadcast running now, voice and text, each with its live progress and time left. */
export function RunningBroadcasts() {
  const voice = useQuery({ ...broadcastsQuery({ running: true }, 0, SHOWN), refetchInterval: LIVE_REFRESH_MS });
  const text = useQuery({ ...textBroadcastsQuery({ running: true }, 0, SHOWN), refetchInterval: LIVE_REFRESH_MS });
  const running = [
    ...(voice.data?.items ?? []).map((broadcast) => ({ ...broadcast, kind: 'voice' as const })),
    ...(text.data?.items ?? []).map((broadcast) => ({ ...broadcast, kind: 'text' as const })),
  ];
  const loading = voice.isPending || text.isPending;
  return (
    <Section title="Running now">
      {!loading && running.length === 0 && (
        <Typography color="text.secondary">
          No broadcast is running.{' '}
          <Link component={RouterLink} to="/broadcasts/voice">
            See all broadcasts
          </Link>
        </Typography>
      )}
      <List dense aria-label="Running broadcasts">
        {running.flatMap(({ id, kind, name }) =>
          id === undefined
            ? []
            : [<RunningBroadcast key={id} kind={kind} id={id} name={name || `Unnamed ${kind} broadcast`} />],
        )}
      </List>
    </Section>
  );
}
