import { Link } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { creditUsageQuery, planUsageQuery } from '../../api/resources/account';
import { LIVE_REFRESH_MS, runningBroadcastCountQuery } from '../../api/resources/broadcasts';
import { DetailList } from '../../components/DetailList';
import { Section } from '../../components/Section';
import { formatNumber } from '../../lib/format';

const WEEK_DAYS = 7;

/** "about 12 days" of credits left at the week's pace, or nothing when nothing was spent. */
export function creditsLastFor(remaining: number | undefined, usedInWeek: number | undefined): string {
  if (remaining === undefined || !usedInWeek) return 'No credits spent this week';
  const days = remaining / (usedInWeek / WEEK_DAYS);
  if (days < 1) return 'less than a day';
  if (days > 365) return 'more than a year';
  return `about ${formatNumber(Math.floor(days))} ${Math.floor(days) === 1 ? 'day' : 'days'}`;
}

/** The balance, what the last week spent of it, and how long it lasts at that pace. */
export function CreditsSection() {
  const running = useQuery(runningBroadcastCountQuery()).data ?? 0;
  const poll = running > 0 ? LIVE_REFRESH_MS : false;
  const balance = useQuery(planUsageQuery(poll)).data;
  const week = useQuery({ ...creditUsageQuery('7d'), refetchInterval: poll }).data;
  const used = week?.creditsUsed;
  return (
    <Section title="Credits">
      <DetailList
        details={[
          { label: 'Remaining', value: formatNumber(balance?.totalRemainingCredits) },
          { label: 'Used in the last 7 days', value: formatNumber(used) },
          {
            label: 'Per day, on average',
            value: used === undefined ? '—' : formatNumber(Math.round(used / WEEK_DAYS)),
          },
          { label: 'Lasts at that pace', value: creditsLastFor(balance?.totalRemainingCredits, used) },
        ]}
      />
      <Link component={RouterLink} to="/account/billing" sx={{ display: 'inline-block', mt: 2 }}>
        Billing and usage
      </Link>
    </Section>
  );
}
