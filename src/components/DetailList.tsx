import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { TermHint } from './TermHint';

export interface Detail {
  label: string;
  value: ReactNode;
  /** What the label means, for terms an operator may not know (shown in a tooltip beside it). */
  hint?: string;
}

/** Label and value pairs of one resource, as a description list screen readers announce in pairs. */
export function DetailList({ details }: { details: Detail[] }) {
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1.5, m: 0 }}
    >
      {details.map(({ label, value, hint }) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" sx={{ color: 'text.secondary' }}>
            {label}
            {hint && <TermHint term={label} meaning={hint} />}
          </Typography>
          <Typography component="dd" variant="body1" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            {value ?? '—'}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
