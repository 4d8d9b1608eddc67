// One definition for the sandbox and the console: the MP3 frame reader they share raises it.
export { AudioFormatError } from '../../shared/mp3Frames';
