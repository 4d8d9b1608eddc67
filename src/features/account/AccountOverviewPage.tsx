import { Box, Chip, MenuItem, Skeleton, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { DetailList } from '../../components/DetailList';
import { Page } from '../../components/Page';
import { Section } from '../../components/Section';
import { formatDate, formatNumber } from '../../lib/format';
import { accountQuery, creditUsageQuery, planUsageQuery } from '../../api/resources/account';
import { LIVE_REFRESH_MS, runningBroadcastCountQuery } from '../../api/resources/broadcasts';
import { isUsageWindowChoice, type UsageWindowChoice, usageWindowChoices } from '../../lib/usageWindows';
import { AccountTabs } from './AccountTabs';
import { PERMISSION } from '../../lib/vocabulary';

function Loading() {
  return <Skeleton variant="rounded" height={120} role="status" aria-label="Loading" />;
}

function Profile() {
  const { data: account } = useQuery(accountQuery());
  if (!account) return <Loading />;
  return (
    <DetailList
      details={[
        { label: 'Account name', value: account.name },
        { label: 'Account id', value: account.id },
        { label: 'First name', value: account.firstName },
        { label: 'Last name', value: account.lastName },
        { label: 'Email', value: account.email },
        { label: 'Company', value: account.companyName },
        {
          label: 'Permissions',
          value: account.permissions?.length ? (
            <Stack direction="row" spacing={1} component="span">
              {account.permissions.map((permission) => (
                <Chip key={permission} label={PERMISSION[permission]} size="small" />
              ))}
            </Stack>
          ) : (
            'None'
          ),
        },
      ]}
    />
  );
}

function Credits() {
  // A running broadcast spends credits with no mutation to announce it, so the figures follow it live.
  const { data: running = 0 } = useQuery(runningBroadcastCountQuery());
  const { data: usage } = useQuery(planUsageQuery(running > 0 ? LIVE_REFRESH_MS : false));
  if (!usage) return <Loading />;
  return (
    <DetailList
      details={[
        { label: 'Total remaining', value: formatNumber(usage.totalRemainingCredits) },
        { label: 'Plan credits', value: formatNumber(usage.remainingPlanCredits) },
        { label: 'Pay-as-you-go credits', value: formatNumber(usage.remainingPayAsYouGoCredits) },
        { label: 'Billing period', value: `${formatDate(usage.intervalStart)} – ${formatDate(usage.intervalEnd)}` },
      ]}
    />
  );
}

function Usage({ choice }: { choice: UsageWindowChoice }) {
  const { data: usage } = useQuery(creditUsageQuery(choice));
  if (!usage) return <Loading />;
  return (
    <DetailList
      details={[
        { label: 'Credits used', value: formatNumber(usage.creditsUsed) },
        { label: 'Call minutes', value: formatNumber(usage.callsDurationMinutes) },
        { label: 'Texts sent', value: formatNumber(usage.textsSent) },
      ]}
    />
  );
}

/** The account overview: who the credentials belong to, what credits are left, what was spent. */
export function AccountOverviewPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('usage');
  const choice: UsageWindowChoice = isUsageWindowChoice(requested) ? requested : '30d';

  return (
    <Page title="Account">
      <AccountTabs />
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { lg: '3fr 2fr' }, alignItems: 'start' }}>
        <Section title="Profile">
          <Profile />
        </Section>
        <Stack spacing={3}>
          <Section title="Credits">
            <Credits />
          </Section>
          <Section
            title="Usage"
            action={
              <TextField
                select
                size="small"
                label="Period"
                value={choice}
                onChange={(event) =>
                  setSearchParams(
                    (params) => {
                      params.set('usage', event.target.value);
                      return params;
                    },
                    { replace: true },
                  )
                }
              >
                {Object.entries(usageWindowChoices).map(([value, label]) => (
                  <MenuItem key={value} value={value}>
                    {label}
                  </MenuItem>
                ))}
              </TextField>
            }
          >
            <Usage choice={choice} />
          </Section>
        </Stack>
      </Box>
    </Page>
  );
}
