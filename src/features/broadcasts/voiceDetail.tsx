import HeadphonesIcon from '@mui/icons-material/Headphones';
import { Button } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { pendingDoNotCallQuery } from '../../api/resources/broadcasts';
import { callCsvColumns } from '../../components/actionCsvColumns';
import { callColumns } from '../../components/callColumns';
import { Section } from '../../components/Section';
import { MACHINE_DETECTION_DETAIL } from '../../lib/vocabulary';
import { callStatsView } from './callStats';
import { CallMap } from './CallMap';
import type { KindDetail } from './kindDetail';
import { preflightOf } from './preflight';

/** A voice broadcast's page: its dialling settings, its calls' recordings and where the calls went. */
export const voiceDetail: KindDetail<'voice'> = {
  settings: (broadcast) => {
    const retry = broadcast.retryConfig;
    return [
      { label: 'Type', value: broadcast.dialplanXml ? 'IVR dialplan' : 'Sounds' },
      {
        label: 'Answering machines',
        value: MACHINE_DETECTION_DETAIL[broadcast.answeringMachineConfig ?? 'AM_AND_LIVE'],
      },
      { label: 'Max concurrent calls', value: broadcast.maxActive ?? 50 },
      {
        label: 'Retries',
        value:
          (retry?.maxAttempts ?? 1) > 1
            ? `${retry!.maxAttempts} attempts, ${retry!.minutesBetweenAttempts ?? 60} min apart, on ${(retry!.retryResults ?? []).join(', ') || 'no result'}`
            : 'None',
      },
    ];
  },
  statsView: callStatsView,
  preflightOf,
  pendingBlockedQuery: pendingDoNotCallQuery,
  columns: callColumns,
  csvColumns: callCsvColumns,
  actionTools: (id) => (
    <Button component={RouterLink} to={`/calls/review?broadcast=${id}`} startIcon={<HeadphonesIcon />}>
      Review recordings
    </Button>
  ),
  after: (id) => (
    <Section title="Where the calls went">
      <CallMap broadcastId={id} />
    </Section>
  ),
};
