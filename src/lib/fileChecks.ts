/** CallFire's limit for one uploaded file. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const SOUND_EXTENSIONS = ['mp3', 'wav'];
export const MEDIA_EXTENSIONS = ['bmp', 'gif', 'jpg', 'jpeg', 'm4a', 'mp3', 'mp4', 'png', 'wav'];

export const SOUND_ACCEPT = '.mp3,.wav,audio/mpeg,audio/wav,audio/x-wav';
export const MEDIA_ACCEPT = MEDIA_EXTENSIONS.map((extension) => `.${extension}`).join(',');

const extensionOf = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

function checkFile(file: File, extensions: string[], kind: string): string | undefined {
  if (!extensions.includes(extensionOf(file.name)))
    return `${file.name} is not ${kind} (${extensions.filter((extension) => extension !== 'jpeg').join(', ')})`;
  if (file.size === 0) return `${file.name} is empty`;
  if (file.size > MAX_UPLOAD_BYTES) return `${file.name} is larger than the 20 MB limit`;
  return undefined;
}

/** Why a file cannot be uploaded as a sound, or undefined if it can (the server checks the content). */
export const soundFileProblem = (file: File) => checkFile(file, SOUND_EXTENSIONS, 'an MP3 or WAV file');

export const mediaFileProblem = (file: File) => checkFile(file, MEDIA_EXTENSIONS, 'an accepted media file');
