import type { NumberOrder } from '../../api/resources/numbers';
import { countOf } from './numberLabels';

const KINDS = ['localNumbers', 'tollFreeNumbers', 'keywords'] as const;

/** What an order bought, in words: "2 local numbers, 1 keyword". */
export function orderContents(order: NumberOrder): string {
  const parts = KINDS.filter((kind) => order[kind]?.ordered).map((kind) => countOf(kind, order[kind]!.ordered!));
  return parts.join(', ') || '—';
}

export const orderItemKinds = (order: NumberOrder) => KINDS.filter((kind) => order[kind]?.ordered);
