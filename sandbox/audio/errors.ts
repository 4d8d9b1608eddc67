/** Audio the sandbox cannot accept: its message says why, fit for a 400 answer. */
export class AudioFormatError extends Error {}
