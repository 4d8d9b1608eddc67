import { Box, LinearProgress, MenuItem, Skeleton, Stack, TextField, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { DetailList } from '../../components/DetailList';
import { Page } from '../../components/Page';
import { Section } from '../../components/Section';
import { formatDate, formatNumber } from '../../lib/format';
import { AccountTabs } from './AccountTabs';
import { intervalUsageQuery, planUsageQuery } from '../../api/resources/account';
import {
  customInterval,
  type Interval,
  intervalPresets,
  isIntervalPreset,
  monthsOf,
  presetInterval,
  type IntervalPreset,
} from './creditIntervals';

function Meter({ label, used, remaining }: { label: string; used: number; remaining: number }) {
  const total = used + remaining;
  const percent = total > 0 ? (used / total) * 100 : 0;
  return (
    <Box>
      <Stack direction="row" sx={{ justifyContent: 'space-between', mb: 0.5 }}>
        <Typography variant="body2">{label}</Typography>
        <Typography variant="body2" color="text.secondary">
          {formatNumber(used)} used · {formatNumber(remaining)} left
        </Typography>
      </Stack>
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-label={`${label}: ${Math.round(percent)}% used`}
        sx={{ height: 10, borderRadius: 5 }}
      />
    </Box>
  );
}

/** This billing period: plan credits used against what is left, and the pay-as-you-go balance. */
function PlanUsage() {
  const { data: plan } = useQuery(planUsageQuery());
  const { data: period } = useQuery({
    ...intervalUsageQuery(plan?.intervalStart ?? 0, plan?.intervalEnd ?? 0),
    enabled: plan !== undefined,
  });
  if (!plan || !period) return <Skeleton variant="rounded" height={140} role="status" aria-label="Loading" />;
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        Billing period {formatDate(plan.intervalStart)} – {formatDate(plan.intervalEnd)}
      </Typography>
      <Meter label="Credits this period" used={period.creditsUsed ?? 0} remaining={plan.remainingPlanCredits ?? 0} />
      <DetailList
        details={[
          { label: 'Plan credits left', value: formatNumber(plan.remainingPlanCredits) },
          { label: 'Pay-as-you-go credits', value: formatNumber(plan.remainingPayAsYouGoCredits) },
          { label: 'Total left', value: formatNumber(plan.totalRemainingCredits) },
        ]}
      />
    </Stack>
  );
}

/** Credits, call minutes and texts for the interval, month by month. */
function UsageByMonth({ interval }: { interval: Interval }) {
  const months = monthsOf(interval);
  const results = useQueries({ queries: months.map((month) => intervalUsageQuery(month.begin, month.end)) });
  if (results.some((result) => !result.data)) {
    return <Skeleton variant="rounded" height={280} role="status" aria-label="Loading" />;
  }
  const usage = results.map((result) => result.data!);
  const total = (pick: (entry: (typeof usage)[number]) => number | undefined) =>
    usage.reduce((sum, entry) => sum + (pick(entry) ?? 0), 0);
  const credits = usage.map((entry) => entry.creditsUsed ?? 0);
  return (
    <Stack spacing={2}>
      <DetailList
        details={[
          { label: 'Credits used', value: formatNumber(total((entry) => entry.creditsUsed)) },
          { label: 'Call minutes', value: formatNumber(total((entry) => entry.callsDurationMinutes)) },
          { label: 'Texts sent', value: formatNumber(total((entry) => entry.textsSent)) },
        ]}
      />
      <Box
        role="img"
        aria-label={`Credits used by month: ${months.map((month, index) => `${month.label} ${credits[index]}`).join(', ')}`}
      >
        <BarChart
          height={280}
          xAxis={[{ scaleType: 'band', data: months.map((month) => month.label) }]}
          series={[{ data: credits, label: 'Credits used' }]}
          hideLegend
        />
      </Box>
    </Stack>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

/** Billing: the period's plan usage as meters, and credit usage for a chosen interval with a chart by month. */
export function BillingPage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('interval');
  const preset: IntervalPreset = isIntervalPreset(requested) ? requested : '3-months';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  // Fixed while the page is open, so the month queries keep their keys (and their cached answers).
  const [now] = useState(Date.now);
  const interval = preset === 'custom' ? customInterval(from, to) : presetInterval(preset, now);
  const change = (changes: Record<string, string>) =>
    setParams(
      (current) => {
        Object.entries(changes).forEach(([name, value]) => current.set(name, value));
        return current;
      },
      { replace: true },
    );

  return (
    <Page title="Billing">
      <AccountTabs />
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { lg: '2fr 3fr' }, alignItems: 'start' }}>
        <Section title="Plan usage">
          <PlanUsage />
        </Section>
        <Section
          title="Credit usage"
          action={
            <TextField
              select
              size="small"
              label="Interval"
              value={preset}
              onChange={(event) =>
                change(
                  event.target.value === 'custom'
                    ? { interval: 'custom', from: from || today(), to: to || today() }
                    : { interval: event.target.value },
                )
              }
            >
              {Object.entries(intervalPresets).map(([value, label]) => (
                <MenuItem key={value} value={value}>
                  {label}
                </MenuItem>
              ))}
            </TextField>
          }
        >
          {preset === 'custom' && (
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
              {(['from', 'to'] as const).map((end) => (
                <TextField
                  key={end}
                  type="date"
                  size="small"
                  label={end === 'from' ? 'From' : 'To'}
                  value={end === 'from' ? from : to}
                  onChange={(event) => change({ [end]: event.target.value })}
                  slotProps={{ inputLabel: { shrink: true } }}
                  error={end === 'to' && !interval}
                  helperText={end === 'to' && !interval ? 'Choose an end on or after the start' : undefined}
                />
              ))}
            </Stack>
          )}
          {interval && <UsageByMonth interval={interval} />}
        </Section>
      </Box>
    </Page>
  );
}
