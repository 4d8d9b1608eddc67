import { Box } from '@mui/material';
import { Page } from '../../components/Page';
import { AttentionSection } from './AttentionSection';
import { CreditsSection } from './CreditsSection';
import { LatestRecordings } from './LatestRecordings';
import { RunningBroadcasts } from './RunningBroadcasts';
import { TodaySection } from './TodaySection';

/** The operator's overview: what runs now, how today went, the credits, what needs a look. */
export function HomePage() {
  return (
    <Page title="Home">
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: '1fr 1fr' } }}>
        <Box sx={{ gridColumn: { lg: '1 / -1' } }}>
          <RunningBroadcasts />
        </Box>
        <TodaySection />
        <CreditsSection />
        <AttentionSection />
        <LatestRecordings />
      </Box>
    </Page>
  );
}
