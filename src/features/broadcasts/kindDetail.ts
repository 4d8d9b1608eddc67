import type { GridColDef } from '@mui/x-data-grid';
import type { ReactNode } from 'react';
import type { BroadcastKind, BroadcastSchemas, pendingDoNotCallQuery } from '../../api/resources/broadcasts';
import type { PendingDoNotCall } from '../../api/resources/pendingDoNotCall';
import type { Detail } from '../../components/DetailList';
import type { CsvColumn } from '../../lib/csv';
import type { PreflightSummary } from './preflight';
import type { StatsView } from './statsView';

/** What a broadcast's page shows differently for one kind; the page itself is the same for both. */
export interface KindDetail<K extends BroadcastKind> {
  /** Settings only this kind has, listed between the shared ones. */
  settings: (broadcast: BroadcastSchemas[K]['broadcast']) => Detail[];
  statsView: (stats: BroadcastSchemas[K]['stats']) => StatsView;
  preflightOf: (
    broadcast: BroadcastSchemas[K]['broadcast'],
    stats: BroadcastSchemas[K]['stats'],
    pending: PendingDoNotCall | undefined,
  ) => PreflightSummary;
  /** Waiting recipients blocked since they were added, where the kind can count them. */
  pendingBlockedQuery?: typeof pendingDoNotCallQuery;
  /** The grid's and the CSV export's columns of the broadcast's calls or texts. */
  columns: GridColDef<BroadcastSchemas[K]['action']>[];
  csvColumns: CsvColumn<BroadcastSchemas[K]['action']>[];
  /** Tools beside the export of the calls or texts. */
  actionTools?: (id: number) => ReactNode;
  /** Sections after the calls or texts. */
  after?: (id: number) => ReactNode;
}
