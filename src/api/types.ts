import type { components } from '../../shared/schema';

/** Shorthand for the contract's schemas: `Schema<'Account'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
