import { ManualClock } from '../clock';
import type { SandboxContext } from '../context';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Runs the campaign engine on a clock of its own, from `start`, until `done` holds (at most a day of
 * simulated time), so seeded broadcasts have real calls and texts without waiting.
 */
export function runSimulationUntil(context: SandboxContext, start: number, done: () => boolean) {
  const clock = new ManualClock(start);
  clock.add(context.engine.ticker(context.db, () => clock.now()));
  clock.advanceUntil(done, DAY);
}
