import { Box, Skeleton, Stack } from '@mui/material';

/** Stands in for a page while its code or first data loads. */
export function PageSkeleton() {
  return (
    <Stack spacing={2} role="status" aria-busy="true" aria-label="Loading">
      <Skeleton variant="text" width="40%" height={48} />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: 'repeat(2, 1fr)' } }}>
        <Skeleton variant="rounded" height={180} />
        <Skeleton variant="rounded" height={180} />
      </Box>
    </Stack>
  );
}
