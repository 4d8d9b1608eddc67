import { Tab, Tabs } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { BroadcastKind } from './broadcastKinds';

/** Switches between voice and text broadcasts. */
export function BroadcastKindTabs({ kind }: { kind: BroadcastKind }) {
  return (
    <Tabs value={kind} sx={{ mb: 2 }} aria-label="Broadcast kind">
      <Tab label="Voice" value="voice" component={RouterLink} to="/broadcasts/voice" />
      <Tab label="Text" value="text" component={RouterLink} to="/broadcasts/text" />
    </Tabs>
  );
}
