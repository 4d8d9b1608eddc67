import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/ApiError';
import { useConfirm } from '../../components/useConfirm';
import { formatNumber } from '../../lib/format';
import { countOf } from './numberLabels';
import { orderTotal, type OrderLine } from './OrderSummary';

/**
 * Places an order (orderNumbers or orderKeywords) once the operator confirms what it buys and its
 * price, then opens the order's page to follow it. Errors stay beside the summary.
 */
export function usePlaceOrder<Variables>(options: UseMutationOptions<{ id: number }, Error, Variables>) {
  const navigate = useNavigate();
  const [confirm, confirmDialog] = useConfirm();
  const mutation = useMutation({ ...options, meta: { ...options.meta, notifyOnError: false } });

  const place = async (lines: OrderLine[], variables: Variables) => {
    const chosen = lines.filter((line) => line.count > 0);
    const confirmed = await confirm({
      title: 'Place this order?',
      message: `${chosen.map((line) => countOf(line.kind, line.count)).join(' and ')} for ${formatNumber(
        orderTotal(chosen),
      )} credits, charged now. Leases renew every month until auto-renew is turned off.`,
      confirmLabel: 'Buy',
    });
    if (!confirmed) return;
    // A failure stays on `mutation.error`, shown beside the summary.
    mutation.mutate(variables, { onSuccess: ({ id }) => void navigate(`/numbers/orders/${id}`) });
  };

  return {
    place,
    pending: mutation.isPending,
    error: mutation.error ? errorMessage(mutation.error) : undefined,
    confirmDialog,
  };
}
