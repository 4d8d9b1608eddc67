import { Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

interface SectionProps {
  title: string;
  /** A control shown beside the title (for example a period selector), right-aligned. */
  action?: ReactNode;
  children: ReactNode;
}

/** A titled card that screen readers announce as a region of the page. */
export function Section({ title, action, children }: SectionProps) {
  const heading = (
    <Typography variant="h6" component="h2" sx={action ? undefined : { mb: 2 }}>
      {title}
    </Typography>
  );
  return (
    <Card component="section" aria-label={title}>
      <CardContent>
        {action ? (
          <Stack direction="row" sx={{ mb: 2, alignItems: 'center', justifyContent: 'space-between', gap: 2 }}>
            {heading}
            {action}
          </Stack>
        ) : (
          heading
        )}
        {children}
      </CardContent>
    </Card>
  );
}
