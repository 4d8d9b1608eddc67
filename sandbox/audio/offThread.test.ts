import { beforeEach, describe, expect, it, vi } from 'vitest';

const offThread = vi.hoisted(() => vi.fn());
vi.mock('../workers/pool', () => ({ offThread }));

const { synthesizeSpeechOffThread } = await import('./offThread');

describe('synthesizeSpeechOffThread', () => {
  beforeEach(() => {
    offThread.mockReset();
    offThread.mockImplementation(async (_name: string, { text }: { text: string }) => ({
      mp3: new Uint8Array([text.length]),
      seconds: 1,
    }));
  });

  it('synthesises a text and voice once, then answers from memory', async () => {
    const first = await synthesizeSpeechOffThread('Remembered once', 'MALE1');
    const again = await synthesizeSpeechOffThread('Remembered once', 'MALE1');
    expect(again).toEqual(first);
    expect(offThread).toHaveBeenCalledTimes(1);
    await synthesizeSpeechOffThread('Remembered once', 'FEMALE1');
    expect(offThread).toHaveBeenCalledTimes(2);
  });

  it('does not remember a failure, nor a long text', async () => {
    offThread.mockRejectedValueOnce(new Error('worker gone'));
    await expect(synthesizeSpeechOffThread('Fails first', 'MALE1')).rejects.toThrow('worker gone');
    await expect(synthesizeSpeechOffThread('Fails first', 'MALE1')).resolves.toMatchObject({ seconds: 1 });
    const long = 'word '.repeat(300);
    await synthesizeSpeechOffThread(long, 'MALE1');
    await synthesizeSpeechOffThread(long, 'MALE1');
    expect(offThread).toHaveBeenCalledTimes(4);
  });
});
