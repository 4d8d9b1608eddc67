import { Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { numberConfigQuery, numberLeaseQuery } from '../../api/resources/numbers';
import { DetailList } from '../../components/DetailList';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { Section } from '../../components/Section';
import { formatDate } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import { LeaseSwitch } from './LeaseSwitch';
import { NumberConfigForm } from './NumberConfigForm';
import { StatusChip } from '../../components/StatusChip';
import { LEASE_STATUS } from '../../lib/vocabulary';
import { placeOf } from './numberLabels';

/** One leased number: its lease (renewal, call and text features) and how it answers inbound calls. */
export function NumberDetailPage() {
  const { number = '' } = useParams();
  const { data: lease } = useQuery(numberLeaseQuery(number));
  const { data: config } = useQuery(numberConfigQuery(number));
  if (!lease || !config) return <PageSkeleton />;
  const region = lease.region;
  return (
    <Page title={formatPhone(number)}>
      <Stack spacing={3}>
        <Section title="Lease">
          <DetailList
            details={[
              { label: 'Kind', value: lease.tollFree ? 'Toll-free' : 'Local' },
              { label: 'Region', value: lease.tollFree ? 'Nationwide' : placeOf(region) },
              ...(region?.lata
                ? [{ label: 'LATA and rate center', value: `${region.lata}, ${region.rateCenter ?? '—'}` }]
                : []),
              ...(region?.timeZone ? [{ label: 'Time zone', value: region.timeZone.replace(/_/g, ' ') }] : []),
              { label: 'Status', value: <StatusChip terms={LEASE_STATUS} code={lease.status} /> },
              { label: 'Leased since', value: formatDate(lease.leaseBegin) },
              { label: lease.autoRenew ? 'Renews on' : 'Ends on', value: formatDate(lease.leaseEnd) },
              { label: 'Labels', value: lease.labels?.join(', ') || '—' },
            ]}
          />
          <Stack direction="row" sx={{ mt: 2, flexWrap: 'wrap', columnGap: 3 }}>
            <LeaseSwitch lease={lease} setting="autoRenew" showLabel />
            <LeaseSwitch lease={lease} setting="callFeatureStatus" showLabel />
            <LeaseSwitch lease={lease} setting="textFeatureStatus" showLabel />
          </Stack>
        </Section>
        <Section title="Inbound calls">
          <NumberConfigForm key={JSON.stringify(config)} number={number} config={config} />
        </Section>
      </Stack>
    </Page>
  );
}
