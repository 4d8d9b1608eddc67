import { Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** Above a contacts grid while rows are checked: how many, and what can be done with them. */
export function SelectedContactsBar({ count, children }: { count: number; children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 1.5, mb: 2 }} role="region" aria-label="Selected contacts">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography sx={{ mr: 1 }}>{count} selected</Typography>
        {children}
      </Stack>
    </Paper>
  );
}
