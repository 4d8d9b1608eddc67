import { describe, expect, it } from 'vitest';
import { AudioFormatError } from '../audio/errors';
import { SandboxError } from '../http/errors';
import { offThread } from './pool';

// A worker thread loads its TypeScript on start: seconds on a busy machine.
describe('worker threads', { timeout: 60_000 }, () => {
  it('parses a large CSV import on a worker thread', async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, index) => `Contact ${index},1213555${String(index % 10_000).padStart(4, '0')}`,
    );
    const file = Buffer.from(['firstName,homePhone', ...rows].join('\n'));
    const plan = await offThread('csvImportPlan', { file, useCustomFields: false });
    expect(plan.importableRows).toBe(20_000);
    expect(plan.rows[19_999]).toEqual(['Contact 19999', '12135559999']);
  });

  it('raises the client errors of a task again as their own class', async () => {
    const noPhone = offThread('csvImportPlan', { file: Buffer.from('name\nAda\n'), useCustomFields: false });
    await expect(noPhone).rejects.toBeInstanceOf(SandboxError);
    await expect(noPhone).rejects.toMatchObject({ statusCode: 400, message: expect.stringMatching(/phone column/) });
    const notAudio = offThread('uploadedAudio', { bytes: Buffer.from('RIFF....WAVEfmt ') });
    await expect(notAudio).rejects.toBeInstanceOf(AudioFormatError);
  });
});
