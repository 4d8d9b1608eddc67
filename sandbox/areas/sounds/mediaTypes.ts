import { looksLikeMp3 } from '../../audio/mp3';
import { looksLikeWav } from '../../audio/wav';

export interface MediaKind {
  extension: string;
  mediaType: string;
}

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

/** Which accepted media type the bytes are, from their content (never from the file name). */
export function sniffMedia(bytes: Uint8Array): MediaKind | undefined {
  if (bytes[0] === 0x89 && ascii(bytes, 1, 3) === 'PNG') return { extension: 'png', mediaType: 'image/png' };
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { extension: 'jpg', mediaType: 'image/jpeg' };
  if (ascii(bytes, 0, 4) === 'GIF8') return { extension: 'gif', mediaType: 'image/gif' };
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length > 26) return { extension: 'bmp', mediaType: 'image/bmp' };
  if (ascii(bytes, 4, 4) === 'ftyp') {
    const brand = ascii(bytes, 8, 4);
    return brand.startsWith('M4A') || brand.startsWith('M4B')
      ? { extension: 'm4a', mediaType: 'audio/mp4' }
      : { extension: 'mp4', mediaType: 'video/mp4' };
  }
  if (looksLikeWav(bytes)) return { extension: 'wav', mediaType: 'audio/wav' };
  if (looksLikeMp3(bytes)) return { extension: 'mp3', mediaType: 'audio/mpeg' };
  return undefined;
}

export const ACCEPTED_MEDIA = 'bmp, gif, jpg, m4a, mp3, mp4, png, wav';

/** True when a requested extension names the stored type (`jpeg` is another name for `jpg`). */
export function extensionMatches(stored: string, requested: string): boolean {
  return requested === stored || (stored === 'jpg' && requested === 'jpeg');
}
