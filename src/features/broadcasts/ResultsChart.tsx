import { Box, Typography, useTheme } from '@mui/material';
import { lazy, Suspense } from 'react';
import { formatNumber } from '../../lib/format';

/** Room for the longest category name ("Answering machine") beside the bars. */
const LABEL_WIDTH = 120;
const BAR_ROW_HEIGHT = 36;

// The charts library (88 kB gzip) loads with the chart, not with every page that shows statistics.
const BarChart = lazy(async () => ({ default: (await import('@mui/x-charts/BarChart')).BarChart }));

/**
 * Result counts as horizontal bars, so every category keeps its name; counts are whole numbers on
 * the axis, in the theme's colour, and an empty broadcast says so instead of drawing an empty axis.
 */
export function ResultsChart({ counts, unit }: { counts: { label: string; value: number }[]; unit: string }) {
  const theme = useTheme();
  if (counts.every((count) => count.value === 0))
    return <Typography color="text.secondary">No {unit.toLowerCase()} yet.</Typography>;
  const height = counts.length * BAR_ROW_HEIGHT + 50;
  return (
    <Box role="img" aria-label={`Results: ${counts.map((count) => `${count.label} ${count.value}`).join(', ')}`}>
      <Suspense fallback={<Box sx={{ height }} />}>
        <BarChart
          layout="horizontal"
          height={height}
          yAxis={[{ scaleType: 'band', data: counts.map((count) => count.label), width: LABEL_WIDTH }]}
          xAxis={[
            {
              tickMinStep: 1,
              valueFormatter: (value: number) => (Number.isInteger(value) ? formatNumber(value) : ''),
            },
          ]}
          series={[{ data: counts.map((count) => count.value), label: unit, color: theme.palette.primary.main }]}
          hideLegend
        />
      </Suspense>
    </Box>
  );
}
