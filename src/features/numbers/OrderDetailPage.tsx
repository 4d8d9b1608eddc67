import { Alert, LinearProgress, Link, List, ListItem, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { orderQuery } from '../../api/resources/numbers';
import { DetailList } from '../../components/DetailList';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { Section } from '../../components/Section';
import { formatDateTime, formatNumber } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import { StatusChip } from '../../components/StatusChip';
import { ORDER_STATUS } from '../../lib/vocabulary';
import { countOf, ORDER_ITEM_LABELS } from './numberLabels';
import { orderContents, orderItemKinds } from './orderSummaryText';

const itemLink = (kind: keyof typeof ORDER_ITEM_LABELS, item: string) =>
  kind === 'keywords' ? (
    <Link component={RouterLink} to={`/numbers/keywords/${item}`}>
      {item}
    </Link>
  ) : (
    <Link component={RouterLink} to={`/numbers/${item}`}>
      {formatPhone(item)}
    </Link>
  );

/** One order: what it bought and what it cost, followed until CallFire has finished it. */
export function OrderDetailPage() {
  const id = Number(useParams().id);
  const { data: order } = useQuery(orderQuery(id));
  if (!order) return <PageSkeleton />;
  const processing = order.status === 'PROCESSING' || order.status === 'NEW';
  return (
    <Page title={`Order ${order.id}`}>
      <Stack spacing={3}>
        <Section title="Order">
          <DetailList
            details={[
              { label: 'Status', value: <StatusChip terms={ORDER_STATUS} code={order.status} /> },
              { label: 'Placed', value: formatDateTime(order.created) },
              { label: 'Bought', value: orderContents(order) },
              { label: 'Total', value: `${formatNumber(order.totalCost)} credits` },
            ]}
          />
          {processing && (
            <Stack spacing={1} sx={{ mt: 2 }} role="status">
              <Typography variant="body2">CallFire is setting up the order…</Typography>
              <LinearProgress aria-label="Order progress" />
            </Stack>
          )}
          {order.status === 'FINISHED' && (
            <Alert severity="success" sx={{ mt: 2 }} role="status">
              The order is finished; everything it bought is yours.
            </Alert>
          )}
        </Section>
        {orderItemKinds(order).map((kind) => {
          const item = order[kind]!;
          const fulfilled = item.fulfilled ?? [];
          return (
            <Section
              key={kind}
              title={`${countOf(kind, item.ordered ?? 0)} at ${formatNumber(item.unitCost)} credits each`}
            >
              {fulfilled.length === 0 ? (
                <Typography variant="body2" color="text.secondary">
                  {processing ? 'Listed here once the order is processed.' : 'Nothing was delivered.'}
                </Typography>
              ) : (
                <List dense aria-label={`${ORDER_ITEM_LABELS[kind].many} bought`}>
                  {fulfilled.map((value) => (
                    <ListItem key={value}>{itemLink(kind, value)}</ListItem>
                  ))}
                </List>
              )}
            </Section>
          );
        })}
      </Stack>
    </Page>
  );
}
