import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

interface PageProps {
  title: string;
  /** Buttons shown beside the heading. */
  actions?: ReactNode;
  children: ReactNode;
}

/** The frame of every page: the document title, one h1, and the page's actions beside it. */
export function Page({ title, actions, children }: PageProps) {
  return (
    <>
      <title>{`${title} · CallFire Console`}</title>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ mb: 3, alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <Typography variant="h4" component="h1">
          {title}
        </Typography>
        {actions && (
          <Stack direction="row" spacing={1}>
            {actions}
          </Stack>
        )}
      </Stack>
      {children}
    </>
  );
}
