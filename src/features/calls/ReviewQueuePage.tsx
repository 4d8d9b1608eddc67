import ReplayIcon from '@mui/icons-material/Replay';
import SkipNextIcon from '@mui/icons-material/SkipNext';
import SkipPreviousIcon from '@mui/icons-material/SkipPrevious';
import {
  Alert,
  Box,
  Button,
  FormControlLabel,
  Link,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Paper,
  Stack,
  Switch,
  Typography,
} from '@mui/material';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { callPagesQuery, recordingAudioUrl } from '../../api/resources/calls';
import { CallResultChip } from '../../components/CallChips';
import { DetailList } from '../../components/DetailList';
import { Page } from '../../components/Page';
import { Section } from '../../components/Section';
import { SPEEDS, WaveformPlayer, type WaveformPlayerHandle } from '../../components/WaveformPlayer';
import { ACTION_FILTER_NAMES, actionFilterProblems, actionQueryOf } from '../../lib/actionFilters';
import { CALL_RESULTS, CALL_STATES } from '../../lib/callOutcomes';
import { formatDateTime } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import { useListParams } from '../../lib/useListParams';
import { positionIndex, queueOf, stepSpeed, type QueuedRecording } from './reviewQueue';

const PAGE_SIZE = 100;
// Calls are fetched ahead of the position, so the next recording is known before it is needed.
const LOOK_AHEAD = 3;

const SHORTCUTS = [
  ['N', 'next'],
  ['P', 'previous'],
  ['R', 'replay'],
  ['[ ]', 'slower, faster'],
  ['S', 'skip silence on or off'],
] as const;

const NOT_TYPED_INTO = ['checkbox', 'radio', 'button', 'submit', 'reset', 'range'];

/** Whether a key press belongs to a field being typed in rather than to the page's shortcuts. */
const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    (target instanceof HTMLInputElement && !NOT_TYPED_INTO.includes(target.type)) ||
    ['TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.role === 'combobox');

function CallBeside({ item }: { item: QueuedRecording }) {
  const { call, attempt, recording } = item;
  const contactName = [call.contact?.firstName, call.contact?.lastName].filter(Boolean).join(' ');
  return (
    <DetailList
      details={[
        { label: 'Result', value: <CallResultChip result={attempt.result ?? call.finalCallResult} /> },
        { label: 'Number', value: formatPhone(call.toNumber) },
        ...(contactName ? [{ label: 'Contact', value: contactName }] : []),
        {
          label: 'Call',
          value: (
            <Link component={RouterLink} to={`/calls/${call.id}`}>
              Call {call.id}
            </Link>
          ),
        },
        { label: 'Recorded', value: formatDateTime(recording.created) },
        ...Object.entries(call.attributes ?? {}).map(([name, value]) => ({ label: name, value })),
        ...(attempt.questionResponses ?? []).map((answer) => ({
          label: answer.question ?? 'Answer',
          value: answer.response ?? '',
        })),
      ]}
    />
  );
}

/**
 * The recordings of a calls search (the calls page's filters, a broadcast's calls) played one after
 * another, with the call beside each; the position is in the address, so a review can be resumed.
 */
export function ReviewQueuePage() {
  const list = useListParams(ACTION_FILTER_NAMES);
  const [searchParams, setSearchParams] = useSearchParams();
  const problems = actionFilterProblems(list.filters);
  const filters = actionQueryOf(list.filters, { states: CALL_STATES, results: CALL_RESULTS });
  const calls = useInfiniteQuery({
    ...callPagesQuery(filters, PAGE_SIZE),
    enabled: Object.keys(problems).length === 0,
  });
  const queue = queueOf(calls.data?.pages.flatMap((page) => page.items ?? []) ?? []);
  const index = positionIndex(searchParams.get('position'));
  const current = queue[index];
  const complete = calls.isSuccess && !calls.hasNextPage;

  const [speed, setSpeed] = useState(1);
  const [skipSilence, setSkipSilence] = useState(false);
  const [continueAutomatically, setContinueAutomatically] = useState(true);
  // Until the operator acts, the browser would refuse to play: nothing starts on its own.
  const [started, setStarted] = useState(false);
  const player = useRef<WaveformPlayerHandle>(null);

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = calls;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && queue.length <= index + LOOK_AHEAD) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, queue.length, index]);

  const goTo = (next: number) => {
    if (next < 0 || (complete && next >= queue.length) || next === index) return;
    setStarted(true);
    setSearchParams(
      () => {
        const params = new URLSearchParams(window.location.search);
        params.set('position', String(next + 1));
        return params;
      },
      { replace: true },
    );
  };
  const commands: Record<string, () => void> = {
    n: () => goTo(index + 1),
    p: () => goTo(index - 1),
    r: () => {
      setStarted(true);
      player.current?.replay();
    },
    '[': () => setSpeed((value) => stepSpeed(SPEEDS, value, -1)),
    ']': () => setSpeed((value) => stepSpeed(SPEEDS, value, 1)),
    s: () => setSkipSilence((value) => !value),
  };
  const latestCommands = useRef(commands);
  useEffect(() => {
    latestCommands.current = commands;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      const command = latestCommands.current[event.key.toLowerCase()];
      if (!command) return;
      event.preventDefault();
      command();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const total = complete ? `${queue.length}` : `at least ${queue.length}`;
  const where = current
    ? `Recording ${index + 1} of ${total}: ${formatPhone(current.call.toNumber)}, "${current.recording.name}"`
    : undefined;

  return (
    <Page title="Review recordings">
      <Stack spacing={3}>
        {Object.keys(problems).length > 0 && (
          <Alert severity="error">The search in the address is not valid: {Object.values(problems).join('; ')}</Alert>
        )}
        {calls.isSuccess && complete && queue.length === 0 && (
          <Alert severity="info">
            None of these calls has a recording.{' '}
            <Link component={RouterLink} to="/calls">
              Back to calls
            </Link>
          </Alert>
        )}
        {calls.isSuccess && queue.length > 0 && !current && complete && (
          <Alert severity="info">
            The queue has {queue.length} recordings; position {index + 1} is past its end.{' '}
            <Button size="small" onClick={() => goTo(0)}>
              Start over
            </Button>
          </Alert>
        )}
        <Typography role="status" aria-live="polite" variant="subtitle1">
          {where ?? (calls.isPending ? 'Finding the recordings…' : '')}
        </Typography>
        {current && (
          <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: '2fr 1fr' } }}>
            <Stack spacing={2}>
              <WaveformPlayer
                ref={player}
                src={recordingAudioUrl(current.recording.id!)}
                title={`Recording "${current.recording.name}" of call ${current.call.id}`}
                downloadName={`call-${current.call.id}-${current.recording.name}.mp3`}
                autoPlay={started}
                onFinish={continueAutomatically ? () => goTo(index + 1) : undefined}
                speed={speed}
                onSpeedChange={setSpeed}
                skipSilence={skipSilence}
              />
              <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
                <Button
                  startIcon={<SkipPreviousIcon />}
                  onClick={() => goTo(index - 1)}
                  disabled={index === 0}
                  aria-keyshortcuts="P"
                >
                  Previous
                </Button>
                <Button startIcon={<ReplayIcon />} onClick={commands.r} aria-keyshortcuts="R">
                  Replay
                </Button>
                <Button
                  startIcon={<SkipNextIcon />}
                  onClick={() => goTo(index + 1)}
                  disabled={complete && index >= queue.length - 1}
                  aria-keyshortcuts="N"
                >
                  Next
                </Button>
                <FormControlLabel
                  control={<Switch checked={skipSilence} onChange={(event) => setSkipSilence(event.target.checked)} />}
                  label="Skip silence"
                />
                <FormControlLabel
                  control={
                    <Switch
                      checked={continueAutomatically}
                      onChange={(event) => setContinueAutomatically(event.target.checked)}
                    />
                  }
                  label="Play the next one automatically"
                />
              </Stack>
              <Typography variant="body2" color="text.secondary">
                Keys: {SHORTCUTS.map(([keys, action]) => `${keys} ${action}`).join(' · ')}
              </Typography>
            </Stack>
            <Section title="Call">
              <CallBeside item={current} />
            </Section>
          </Box>
        )}
        {queue.length > 0 && (
          <Section title="Queue">
            <Paper variant="outlined" sx={{ maxHeight: 360, overflow: 'auto' }}>
              <List dense aria-label="Recordings in the queue">
                {queue.map((item, position) => (
                  <ListItem key={item.recording.id} disablePadding>
                    <ListItemButton
                      selected={position === index}
                      aria-current={position === index ? 'true' : undefined}
                      onClick={() => goTo(position)}
                    >
                      <ListItemText
                        primary={`${position + 1}. ${formatPhone(item.call.toNumber)} · ${item.recording.name}`}
                        secondary={`Call ${item.call.id}, ${item.recording.lengthInSeconds ?? 0} s`}
                      />
                    </ListItemButton>
                  </ListItem>
                ))}
              </List>
            </Paper>
          </Section>
        )}
      </Stack>
    </Page>
  );
}
