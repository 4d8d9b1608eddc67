import type { Schema } from '../../api/types';

/** One recording in the review queue, with the call and the attempt it was made on. */
export interface QueuedRecording {
  call: Schema<'Call'>;
  attempt: Schema<'CallRecord'>;
  recording: Schema<'CallRecording'>;
}

/** The recordings of calls in the calls' order, each call's in the order its attempts made them; unfinished ones left out. */
export function queueOf(calls: Schema<'Call'>[]): QueuedRecording[] {
  return calls.flatMap((call) =>
    (call.records ?? []).flatMap((attempt) =>
      (attempt.recordings ?? [])
        .filter(
          (recording) => recording.id !== undefined && recording.state !== 'RECORDING' && recording.state !== 'ERROR',
        )
        .map((recording) => ({ call, attempt, recording })),
    ),
  );
}

/** The 1-based position in the address as an index into the queue; anything else is the first. */
export function positionIndex(text: string | null): number {
  const position = Number(text);
  return Number.isInteger(position) && position >= 1 ? position - 1 : 0;
}

/** The next speed up or down the list, staying at its ends. */
export function stepSpeed(speeds: readonly number[], current: number, step: 1 | -1): number {
  const index = speeds.indexOf(current);
  const next = (index === -1 ? speeds.indexOf(1) : index) + step;
  return speeds[Math.min(Math.max(next, 0), speeds.length - 1)]!;
}
