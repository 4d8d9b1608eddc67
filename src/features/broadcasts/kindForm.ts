import type { ComponentType } from 'react';
import type { Resolver, UseFormReturn, UseFormSetError } from 'react-hook-form';
import type { BroadcastKind, BroadcastSchemas } from '../../api/resources/broadcasts';
import type { ServerFieldMap } from '../../lib/serverFieldErrors';
import type { PreviewForm } from './SchedulePreview';

/** What a broadcast's form holds for one kind; the form page around it is the same for both. */
export interface KindForm<K extends BroadcastKind, Values extends PreviewForm> {
  resolver: Resolver<Values>;
  serverFields: ServerFieldMap<Values>;
  defaults: () => Values;
  valuesOf: (broadcast: BroadcastSchemas[K]['broadcast']) => Values;
  broadcastOf: (values: Values) => BroadcastSchemas[K]['broadcast'];
  /** A check the schema cannot make; it puts the error on its field and answers false. */
  check?: (values: Values, setError: UseFormSetError<Values>) => boolean;
  /** The kind's sections before the schedules. */
  Sections: ComponentType<{ form: UseFormReturn<Values> }>;
  /** The initial recipients, on a new broadcast. */
  Recipients: ComponentType<{ form: UseFormReturn<Values> }>;
}
