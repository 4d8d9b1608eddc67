import { StatusChip } from '../../components/StatusChip';
import { SOUND_STATUS, type SoundStatus } from '../../lib/vocabulary';

export const SoundStatusChip = ({ status }: { status: SoundStatus | undefined }) => (
  <StatusChip terms={SOUND_STATUS} code={status} />
);
