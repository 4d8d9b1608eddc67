import { Box } from '@mui/material';
import { textCsvColumns } from '../../components/actionCsvColumns';
import { MediaLinks } from '../../components/MediaLinks';
import { textColumns } from '../../components/textColumns';
import { BIG_MESSAGE_STRATEGY } from '../../lib/vocabulary';
import { segmentCount } from '../../../shared/textMessage';
import type { KindDetail } from './kindDetail';
import { textPreflightOf, textStatsView } from './textStats';

/** A text broadcast's page: its message, how long messages go out, and its sending settings. */
export const textDetail: KindDetail<'text'> = {
  settings: (broadcast) => [
    {
      label: 'Message',
      value: (
        <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
          {broadcast.message || 'None yet'}
        </Box>
      ),
    },
    {
      label: 'Length',
      value: `${[...(broadcast.message ?? '')].length} characters, ${segmentCount(broadcast.message ?? '')} part(s) before placeholders are filled`,
    },
    { label: 'Over 160 characters', value: BIG_MESSAGE_STRATEGY[broadcast.bigMessageStrategy ?? 'SEND_MULTIPLE'] },
    { label: 'Media', value: <MediaLinks media={broadcast.media} /> },
    { label: 'Most texts at once', value: broadcast.maxActive ?? 50 },
    { label: 'Resume next day', value: broadcast.resumeNextDay ? 'Yes' : 'No' },
  ],
  statsView: textStatsView,
  preflightOf: textPreflightOf,
  columns: textColumns,
  csvColumns: textCsvColumns,
};
