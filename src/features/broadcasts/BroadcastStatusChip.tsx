import { StatusChip } from '../../components/StatusChip';
import { BROADCAST_STATUS, type BroadcastStatus } from '../../lib/vocabulary';

export const BroadcastStatusChip = ({ status }: { status: BroadcastStatus | undefined }) => (
  <StatusChip terms={BROADCAST_STATUS} code={status} />
);
