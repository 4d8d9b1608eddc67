import { StatusChip } from '../../components/StatusChip';
import { LIST_STATUS, type ListStatus } from '../../lib/vocabulary';

export const ListStatusChip = ({ status }: { status: ListStatus | undefined }) => (
  <StatusChip terms={LIST_STATUS} code={status} />
);
