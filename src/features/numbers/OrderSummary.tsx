import { Alert, Box, Button, Divider, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { planUsageQuery } from '../../api/resources/account';
import { formatNumber } from '../../lib/format';
import { NUMBER_PRICES, type OrderItemKind } from '../../../shared/numberPrices';
import { countOf } from './numberLabels';

export interface OrderLine {
  kind: OrderItemKind;
  count: number;
}

export const orderTotal = (lines: OrderLine[]) =>
  lines.reduce((sum, line) => sum + line.count * NUMBER_PRICES[line.kind], 0);

/**
 * What an order will cost, in credits, beside what the account has left; the order button says
 * what it buys and is off when there is nothing to buy or not enough credits.
 */
export function OrderSummary({
  lines,
  onOrder,
  pending,
  error,
}: {
  lines: OrderLine[];
  onOrder: () => void;
  pending: boolean;
  error?: string;
}) {
  const { data: usage } = useQuery(planUsageQuery());
  const chosen = lines.filter((line) => line.count > 0);
  const total = orderTotal(chosen);
  const balance = usage?.totalRemainingCredits;
  const short = balance !== undefined && total > balance;
  return (
    <Box component="section" aria-label="Order summary">
      <Typography variant="h6" component="h2" gutterBottom>
        Order summary
      </Typography>
      {chosen.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          Nothing chosen yet.
        </Typography>
      ) : (
        <Stack spacing={0.5}>
          {chosen.map((line) => (
            <Stack key={line.kind} direction="row" sx={{ justifyContent: 'space-between', gap: 2 }}>
              <span>
                {countOf(line.kind, line.count)} × {formatNumber(NUMBER_PRICES[line.kind])} credits a month
              </span>
              <span>{formatNumber(line.count * NUMBER_PRICES[line.kind])}</span>
            </Stack>
          ))}
        </Stack>
      )}
      <Divider sx={{ my: 1 }} />
      <Stack spacing={0.5}>
        <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
          <strong>Total</strong>
          <strong data-testid="order-total">{formatNumber(total)} credits</strong>
        </Stack>
        <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
          <span>Credits left on the account</span>
          <span data-testid="credit-balance">{balance === undefined ? '…' : formatNumber(balance)}</span>
        </Stack>
        {balance !== undefined && chosen.length > 0 && !short && (
          <Stack direction="row" sx={{ justifyContent: 'space-between', color: 'text.secondary' }}>
            <span>Left after this order</span>
            <span>{formatNumber(balance - total)}</span>
          </Stack>
        )}
      </Stack>
      {short && (
        <Alert severity="warning" sx={{ mt: 2 }}>
          This order costs more credits than the account has left. Add credits or choose fewer items.
        </Alert>
      )}
      {error && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {error}
        </Alert>
      )}
      <Button
        variant="contained"
        fullWidth
        sx={{ mt: 2 }}
        disabled={chosen.length === 0 || short || pending}
        onClick={onOrder}
      >
        {pending ? 'Ordering…' : `Buy for ${formatNumber(total)} credits`}
      </Button>
    </Box>
  );
}
