import { Link } from '@mui/material';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { runningBroadcastCountQuery, LIVE_REFRESH_MS } from '../../api/resources/broadcasts';
import { callCountQuery } from '../../api/resources/calls';
import { DetailList } from '../../components/DetailList';
import { Section } from '../../components/Section';
import { formatNumber } from '../../lib/format';

/** The results the day is summed up in, each a set of CallFire's call results. */
const RESULT_GROUPS = [
  { label: 'Live answers', results: 'LA' },
  { label: 'Answering machines', results: 'AM' },
  { label: 'Transferred', results: 'XFER' },
  { label: 'Busy or no answer', results: 'BUSY,NO_ANS' },
  { label: 'Do not call', results: 'DNC' },
  { label: 'Errors', results: 'INTERNAL_ERROR,CARRIER_ERROR,CARRIER_TEMP_ERROR' },
];

/** Midnight today, as epoch milliseconds and as the calls page's "from" filter (local time). */
function today() {
  const midnight = new Date();
  midnight.setHours(0, 0, 0, 0);
  const day = [midnight.getFullYear(), midnight.getMonth() + 1, midnight.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return { intervalBegin: midnight.getTime(), callsPath: `/calls?begin=${day}T00:00` };
}

function CountLink({ to, count }: { to: string; count: number | undefined }) {
  return (
    <Link component={RouterLink} to={to}>
      {formatNumber(count)}
    </Link>
  );
}

/** Calls made (finished) since midnight and how they ended; refreshed while a broadcast runs. */
export function TodaySection() {
  const { intervalBegin, callsPath } = today();
  const running = useQuery(runningBroadcastCountQuery()).data ?? 0;
  const refetchInterval = running > 0 ? LIVE_REFRESH_MS : false;
  const total = useQuery({ ...callCountQuery({ intervalBegin, states: 'FINISHED' }), refetchInterval });
  const groups = useQueries({
    queries: RESULT_GROUPS.map((group) => ({
      ...callCountQuery({ intervalBegin, results: group.results }),
      refetchInterval,
    })),
  });
  return (
    <Section title="Today's calls">
      <DetailList
        details={[
          { label: 'Calls made', value: <CountLink to={`${callsPath}&states=FINISHED`} count={total.data} /> },
          ...RESULT_GROUPS.map((group, index) => ({
            label: group.label,
            value: <CountLink to={`${callsPath}&results=${group.results}`} count={groups[index].data} />,
          })),
        ]}
      />
    </Section>
  );
}
