import type { Locator, Page } from '@playwright/test';
import { synthesizeSpeech } from '../sandbox/audio/speech';
import { encodeWav } from '../sandbox/audio/wav';
import { makePng } from '../sandbox/areas/sounds/demoImage';
import { anyOf, expect, expectAccessible, failedRequest, test } from './support/fixtures';
import { advanceClock } from './support/simulation';

// Test audio and images are made here, in JS, so nothing binary lives in the repository.
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const speechMp3 = (text: string) => synthesizeSpeech(text, 'FEMALE1').mp3;
const toneWav = (seconds: number) => {
  const rate = 16000;
  return encodeWav(
    [Float32Array.from({ length: rate * seconds }, (_, index) => 0.4 * Math.sin((2 * Math.PI * 330 * index) / rate))],
    rate,
  );
};

/** Counts the waveform's drawn (non-transparent) pixels in wavesurfer's canvases. */
async function drawnPixels(waveform: Locator): Promise<number> {
  return waveform.evaluate((element) => {
    const root = element.firstElementChild?.shadowRoot ?? element;
    let count = 0;
    for (const canvas of root.querySelectorAll('canvas')) {
      if (!canvas.width || !canvas.height) continue;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let index = 3; index < data.length; index += 4) if (data[index]! > 0) count += 1;
    }
    return count;
  });
}

const currentSeconds = async (waveform: Locator) => Number(await waveform.getAttribute('aria-valuenow'));

/** The player that belongs to `title`, once its audio is decoded and drawn. */
async function readyPlayer(page: Page, title: string) {
  const player = page.getByRole('group', { name: `Audio player: ${title}` });
  const waveform = player.getByRole('slider', { name: `Seek in ${title}` });
  await expect(waveform).toHaveAttribute('aria-disabled', 'false', { timeout: 20_000 });
  return { player, waveform };
}

async function chooseFile(page: Page, label: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel(label, { exact: true }).setInputFiles(file);
}

test.describe('sound library', () => {
  test('lists, filters and includes archived and scrubbed sounds, with inline players', async ({ page }) => {
    await page.goto('/sounds');
    await expect(page.getByRole('heading', { level: 1, name: 'Sounds' })).toBeVisible();
    const sounds = page.getByRole('list', { name: 'Sounds' });
    // Other tests add sounds too, newest first, so the seeded ones are found by name rather than by page.
    await expect(sounds.getByRole('listitem').first()).toBeVisible();

    await page.getByRole('searchbox', { name: 'Filter by name' }).fill('Spring promotion');
    await page.getByRole('searchbox', { name: 'Filter by name' }).press('Enter');
    await expect(page).toHaveURL(/name=Spring\+promotion/);
    await expect(page.getByText('No sound matches "Spring promotion".')).toBeVisible();

    await page.getByRole('searchbox', { name: 'Filter by name' }).fill('town hall');
    await page.getByRole('searchbox', { name: 'Filter by name' }).press('Enter');
    await expect(page).toHaveURL(/name=town\+hall/);
    const longSound = sounds.getByRole('listitem', { name: 'Town hall recording (10 min)' });
    await expect(longSound).toContainText('10:05');
    await expect(sounds.getByRole('listitem')).toHaveCount(1);

    await page.getByRole('searchbox', { name: 'Filter by name' }).fill('');
    await page.getByRole('searchbox', { name: 'Filter by name' }).press('Enter');
    await expect(page).not.toHaveURL(/name=/);
    await page.getByRole('switch', { name: 'Include archived' }).click();
    await expect(page.getByRole('switch', { name: 'Include archived' })).toBeChecked();
    await page.getByRole('switch', { name: 'Include scrubbed' }).click();
    await expect(page.getByRole('switch', { name: 'Include scrubbed' })).toBeChecked();
    await page.getByRole('searchbox', { name: 'Filter by name' }).fill('Spring promotion');
    await page.getByRole('searchbox', { name: 'Filter by name' }).press('Enter');
    // Wait for the address to take the filter: the field is re-created from it, and typing before
    // that would go into the field being replaced.
    await expect(page).toHaveURL(/name=Spring\+promotion/);
    await expect(sounds.getByRole('listitem', { name: 'Spring promotion 2023' })).toContainText('Archived');
    await page.getByRole('searchbox', { name: 'Filter by name' }).fill('Old holiday');
    await page.getByRole('searchbox', { name: 'Filter by name' }).press('Enter');
    await expect(page).toHaveURL(/name=Old\+holiday/);
    await expect(sounds.getByRole('listitem', { name: 'Old holiday hours' })).toContainText('Removed');
    await page.getByRole('searchbox', { name: 'Filter by name' }).fill('Welcome greeting');
    await page.getByRole('searchbox', { name: 'Filter by name' }).press('Enter');
    await expect(page).toHaveURL(/name=Welcome\+greeting/);
    await page.reload();
    await expect(page.getByRole('switch', { name: 'Include archived' })).toBeChecked();

    const greeting = sounds.getByRole('listitem', { name: 'Welcome greeting' });
    await greeting.getByRole('button', { name: 'Show player for Welcome greeting' }).click();
    const { waveform } = await readyPlayer(page, 'Welcome greeting');
    expect(await drawnPixels(waveform)).toBeGreaterThan(500);
    await expectAccessible(page);
  });
});

test.describe('the waveform player', () => {
  test('draws the waveform, plays, and seeks by click and keyboard', async ({ page }) => {
    await page.goto('/sounds?name=Appointment');
    await page.getByRole('link', { name: 'Appointment reminder' }).click();
    const { player, waveform } = await readyPlayer(page, 'Appointment reminder');
    expect(await drawnPixels(waveform)).toBeGreaterThan(500);
    await expect(player.getByLabel('Total time')).toHaveText(/^0:0[5-9]$/);

    await player.getByRole('button', { name: 'Play Appointment reminder' }).click();
    await expect(player.getByRole('button', { name: 'Pause Appointment reminder' })).toBeVisible();
    await expect.poll(() => currentSeconds(waveform), { timeout: 5000 }).toBeGreaterThanOrEqual(1);
    await player.getByRole('button', { name: 'Pause Appointment reminder' }).click();

    const box = (await waveform.boundingBox())!;
    await page.mouse.click(box.x + 5, box.y + 40);
    await expect.poll(() => currentSeconds(waveform)).toBe(0);
    await page.mouse.click(box.x + box.width * 0.75, box.y + 40);
    await expect.poll(() => currentSeconds(waveform)).toBeGreaterThanOrEqual(5);

    await waveform.press('Home');
    await expect.poll(() => currentSeconds(waveform)).toBe(0);
    await waveform.press('ArrowRight');
    await expect.poll(() => currentSeconds(waveform)).toBe(5);
    await waveform.press('ArrowLeft');
    await expect.poll(() => currentSeconds(waveform)).toBe(0);
    await waveform.press(' ');
    await expect(player.getByRole('button', { name: 'Pause Appointment reminder' })).toBeVisible();
    await waveform.press(' ');
    await expect(player.getByRole('button', { name: 'Play Appointment reminder' })).toBeVisible();

    await player.getByRole('combobox', { name: 'Speed' }).click();
    await page.getByRole('option', { name: '1.5×' }).click();
    await expect(player.getByRole('combobox', { name: 'Speed' })).toHaveText('1.5×');
    await player.getByRole('button', { name: 'Zoom in' }).click();
    await expect(player.getByRole('button', { name: 'Zoom out' })).toBeEnabled();
    await player.getByRole('slider', { name: 'Volume' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(player.getByRole('slider', { name: 'Volume' })).toHaveAttribute('aria-valuenow', '0.95');
    await expectAccessible(page);
  });

  test('shows an error instead of a blank box when the audio cannot be decoded', async ({ page }) => {
    await page.route(/\/api\/campaigns\/sounds\/\d+\.mp3$/, (route) =>
      route.fulfill({ status: 200, contentType: 'audio/mpeg', body: Buffer.from('this is not audio at all') }),
    );
    await page.goto('/sounds?name=Welcome');
    await page.getByRole('link', { name: 'Welcome greeting' }).click();
    await expect(page.getByRole('group', { name: 'Audio player: Welcome greeting' }).getByRole('alert')).toContainText(
      'could not',
    );
  });
});

test.describe('adding sounds', () => {
  test('uploads an MP3 with progress, then plays and downloads it as MP3 and WAV', async ({ page }) => {
    const name = `Upload ${unique()}`;
    await page.goto('/sounds');
    await page.getByRole('link', { name: 'Add sound' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add a sound' })).toBeVisible();
    await chooseFile(page, 'Choose an audio file', {
      name: 'greeting.mp3',
      mimeType: 'audio/mpeg',
      buffer: speechMp3(`Thanks for calling, ${name}.`),
    });
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await page.getByRole('button', { name: 'Upload sound' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText('Ready', { exact: true })).toBeVisible();
    const { waveform } = await readyPlayer(page, name);
    expect(await drawnPixels(waveform)).toBeGreaterThan(100);

    const mp3Download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download MP3' }).click();
    expect((await mp3Download).suggestedFilename()).toBe(`${name}.mp3`);
    const wavDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download WAV' }).click();
    const wav = await wavDownload;
    expect(wav.suggestedFilename()).toBe(`${name}.wav`);
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile((await wav.path())!);
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('RIFF');
  });

  test('takes a WAV by drag and drop', async ({ page }) => {
    const name = `Dropped ${unique()}`;
    await page.goto('/sounds/new');
    const wavBase64 = toneWav(2).toString('base64');
    await page.getByTestId('drop-zone').evaluate((zone, base64) => {
      // The browser's own classes; this file is type-checked without the DOM library.
      const { DataTransfer, DragEvent, File } = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        DragEvent: new (type: string, init: object) => Event;
        File: new (parts: unknown[], name: string, options: object) => unknown;
      };
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'tone.wav', { type: 'audio/wav' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, wavBase64);
    await expect(page.getByText(/tone\.wav \(63 KB\)/)).toBeVisible();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await page.getByRole('button', { name: 'Upload sound' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByLabel('Total time')).toHaveText('0:02', { timeout: 20_000 });
  });

  test.describe(() => {
    // The server looks inside the file and refuses it with a 400, which the browser logs.
    test.use({ allowedConsoleErrors: failedRequest(400, /\/campaigns\/sounds\/files/) });

    test('explains files that are not usable sounds', async ({ page }) => {
      await page.goto('/sounds/new');
      const fileHelp = page.getByRole('alert').filter({ hasText: /notes\.txt|empty\.mp3|^file: / });
      await chooseFile(page, 'Choose an audio file', {
        name: 'notes.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('hi'),
      });
      await expect(fileHelp).toHaveText('notes.txt is not an MP3 or WAV file (mp3, wav)');
      await chooseFile(page, 'Choose an audio file', {
        name: 'empty.mp3',
        mimeType: 'audio/mpeg',
        buffer: Buffer.alloc(0),
      });
      await expect(fileHelp).toHaveText('empty.mp3 is empty');

      // The server looks inside: a text file named .mp3, or a damaged MP3, is refused there.
      await chooseFile(page, 'Choose an audio file', {
        name: 'fake.mp3',
        mimeType: 'audio/mpeg',
        buffer: Buffer.from('name,number\nAda,12135550100\n'),
      });
      await page.getByRole('button', { name: 'Upload sound' }).click();
      await expect(fileHelp).toHaveText('file: The file is not an MP3 or WAV audio file');
      const damaged = Buffer.concat([speechMp3('Damaged.').subarray(0, 400), Buffer.alloc(3000, 0x41)]);
      await chooseFile(page, 'Choose an audio file', { name: 'damaged.mp3', mimeType: 'audio/mpeg', buffer: damaged });
      await page.getByRole('button', { name: 'Upload sound' }).click();
      await expect(fileHelp).toContainText('file: The file is not a valid MP3: the audio is damaged at byte');
    });
  });

  test('text to speech: listen first, discard, then keep', async ({ page }) => {
    const token = unique();
    await page.goto('/sounds/new');
    await page.getByRole('tab', { name: 'Text to speech' }).click();
    await expect(page).toHaveURL(/method=tts/);
    await page.getByRole('button', { name: 'Make sound and listen' }).click();
    await expect(page.getByText('Enter the message to speak')).toBeVisible();

    await page.getByRole('textbox', { name: 'Message' }).fill(`Hello from test ${token}. Press one to confirm.`);
    await page.getByRole('combobox', { name: 'Voice' }).click();
    await page.getByRole('option', { name: 'French Canadian' }).click();
    await page.getByRole('button', { name: 'Make sound and listen' }).click();
    const title = `TTS: Hello from test ${token}. Press one to confirm.`;
    const { waveform } = await readyPlayer(page, title);
    expect(await drawnPixels(waveform)).toBeGreaterThan(100);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Discard and edit' }).click();

    await page.getByRole('textbox', { name: 'Message' }).fill(`Hello again from test ${token}.`);
    await page.getByRole('button', { name: 'Make sound and listen' }).click();
    await readyPlayer(page, `TTS: Hello again from test ${token}.`);
    await page.getByRole('button', { name: 'Keep this sound' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `TTS: Hello again from test ${token}.` })).toBeVisible();

    // The discarded one was archived: only the include-archived switch shows it.
    await page.goto(`/sounds?name=${token}`);
    const found = page.getByRole('list', { name: 'Sounds' }).getByRole('listitem');
    await expect(found).toHaveCount(1);
    await page.getByRole('switch', { name: 'Include archived' }).click();
    await expect(page.getByRole('switch', { name: 'Include archived' })).toBeChecked();
    await expect(found).toHaveCount(2);
  });

  test('records by phone: recording until the call ends, then ready and playable', async ({ page, request }) => {
    const name = `Phone ${unique()}`;
    await page.goto('/sounds/new?method=phone');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await page.getByRole('textbox', { name: 'Phone number to call' }).fill('555');
    await page.getByRole('button', { name: 'Call and record' }).click();
    await expect(page.getByText('A phone number has 10 digits, or 11 starting with 1')).toBeVisible();
    await page.getByRole('textbox', { name: 'Phone number to call' }).fill('(213) 555-0142');
    await page.getByRole('button', { name: 'Call and record' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText('Recording', { exact: true })).toBeVisible();
    await expect(page.getByText('CallFire is calling to record this sound.')).toBeVisible();
    // The recording call lasts 5 seconds of simulated time; the page follows it to the end.
    await advanceClock(request, 10_000);
    await expect(page.getByText('Ready', { exact: true })).toBeVisible();
    await readyPlayer(page, name);
  });

  test('archives a sound, which stays reachable by its address', async ({ page }) => {
    const token = unique();
    await page.goto('/sounds/new?method=tts');
    await page.getByRole('textbox', { name: 'Message' }).fill(`Archive test ${token}.`);
    await page.getByRole('button', { name: 'Make sound and listen' }).click();
    await page.getByRole('button', { name: 'Keep this sound' }).click();
    const title = `TTS: Archive test ${token}.`;
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const address = page.url();

    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Archive "${title}"?` });
    await dialog.getByRole('button', { name: 'Archive' }).click();
    await expect(page.getByText('Archived', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Archive', exact: true })).toHaveCount(0);

    await page.goto(`/sounds?name=${token}`);
    await expect(page.getByText(`No sound matches "${token}".`)).toBeVisible();
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });
});

test.describe('media', () => {
  test('uploads an image with progress, previews it, downloads it three ways', async ({ page }) => {
    const name = `Banner ${unique()}`;
    await page.goto('/sounds');
    await page.getByRole('link', { name: 'Media' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Media' })).toBeVisible();
    await expectAccessible(page);
    await chooseFile(page, 'Choose a media file', {
      name: 'banner.png',
      mimeType: 'image/png',
      buffer: makePng(64, 32, (x, y) => [x * 4, y * 8, 128]),
    });
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await page.getByRole('button', { name: 'Upload media' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText('image/png')).toBeVisible();
    const image = page.getByRole('img', { name });
    await expect
      .poll(() => image.evaluate((element) => (element as unknown as { naturalWidth: number }).naturalWidth))
      .toBe(64);
    await expectAccessible(page);

    for (const [label, file] of [
      ['Download .png', `${name}.png`],
      ['Download binary', `${name}.png`],
    ]) {
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: label }).click();
      expect((await download).suggestedFilename()).toBe(file);
    }
    const publicLink = page.getByRole('link', { name: 'Open public link' });
    // Fetched by the page, as following the link does: the console's server serves a header-less GET
    // only when the browser says it comes from the console's own origin.
    const href = (await publicLink.getAttribute('href'))!;
    const contentType = await page.evaluate(async (url) => (await fetch(url)).headers.get('content-type'), href);
    expect(contentType).toBe('image/png');
  });

  test.describe(() => {
    // The server refuses a file that only claims to be an image, with a 400 the browser logs.
    test.use({ allowedConsoleErrors: failedRequest(400, /\/media/) });

    test('previews audio media in the waveform player and refuses unaccepted files', async ({ page }) => {
      const name = `Jingle ${unique()}`;
      await page.goto('/sounds/media');
      await chooseFile(page, 'Choose a media file', {
        name: 'notes.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('x'),
      });
      await expect(page.getByRole('alert').filter({ hasText: 'notes.txt' })).toContainText(
        'is not an accepted media file',
      );

      await chooseFile(page, 'Choose a media file', {
        name: 'fake.png',
        mimeType: 'image/png',
        buffer: Buffer.from('x'),
      });
      await page.getByRole('button', { name: 'Upload media' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'file is' })).toHaveText(
        'file is not an accepted media type (bmp, gif, jpg, m4a, mp3, mp4, png, wav)',
      );

      await chooseFile(page, 'Choose a media file', {
        name: 'jingle.mp3',
        mimeType: 'audio/mpeg',
        buffer: speechMp3(`A jingle for ${name}.`),
      });
      await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
      await page.getByRole('button', { name: 'Upload media' }).click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      const { waveform } = await readyPlayer(page, name);
      expect(await drawnPixels(waveform)).toBeGreaterThan(100);

      // The library lists the new media, found again by name.
      await page.goto('/sounds/media');
      const library = page.getByRole('grid', { name: 'Media library' });
      await page.getByLabel('Name contains').fill(name);
      await expect(page).toHaveURL(/name=Jingle/);
      await expect(library.getByRole('row').filter({ hasText: name })).toContainText('MP3 audio');
      await library.getByRole('link', { name }).click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    });
  });
});

test.describe('a missing sound', () => {
  test.use({ allowedConsoleErrors: anyOf(failedRequest(404, /\/campaigns\/sounds\/987654321/), /987654321/) });

  test('says what is missing and links back to the library', async ({ page }) => {
    await page.goto('/sounds/987654321');
    await expect(page.getByRole('heading', { level: 1, name: 'Sound not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the sound library' }).click();
    await expect(page).toHaveURL(/\/sounds$/);
  });
});
