/**
 * Credits a number or keyword costs for one lease period (a month), by order item. The console
 * quotes them before an order; the sandbox charges them. What CallFire really charged is on each
 * order (`unitCost`), which the order pages show.
 */
export const NUMBER_PRICES = { localNumbers: 50, tollFreeNumbers: 100, keywords: 200 } as const;

export type OrderItemKind = keyof typeof NUMBER_PRICES;
