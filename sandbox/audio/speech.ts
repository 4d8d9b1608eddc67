import { encodeMp3 } from './mp3';

export type Voice = 'MALE1' | 'FEMALE1' | 'FEMALE2' | 'SPANISH1' | 'FRENCHCANADIAN1';

const SAMPLE_RATE = 16000;
const BITRATE_KBPS = 32;

interface VoiceShape {
  /** Average pitch of the voice in Hz. */
  pitch: number;
  /** Multiplies every formant: shorter vocal tracts have higher formants. */
  formantScale: number;
  /** Multiplies the speaking rate. */
  rate: number;
}

const VOICES: Record<Voice, VoiceShape> = {
  MALE1: { pitch: 110, formantScale: 1, rate: 1 },
  FEMALE1: { pitch: 205, formantScale: 1.16, rate: 1.05 },
  FEMALE2: { pitch: 235, formantScale: 1.2, rate: 0.95 },
  SPANISH1: { pitch: 125, formantScale: 1.04, rate: 1.12 },
  FRENCHCANADIAN1: { pitch: 180, formantScale: 1.12, rate: 1 },
};

// First three formants (Hz) of the vowels, from classic measurements of adult speech.
const VOWELS: Record<string, [number, number, number]> = {
  a: [730, 1090, 2440],
  e: [530, 1840, 2480],
  i: [270, 2290, 3010],
  o: [570, 840, 2410],
  u: [300, 870, 2240],
  y: [270, 2290, 3010],
};
// Voiced consonants sound like a damped, low-formant vowel.
const VOICED: Record<string, [number, number, number]> = {
  m: [250, 1100, 2200],
  n: [250, 1500, 2500],
  l: [360, 1300, 2700],
  r: [420, 1300, 1600],
  w: [300, 700, 2200],
  v: [300, 1200, 2300],
  z: [300, 1500, 2500],
  j: [280, 2100, 2900],
};
const HISS = new Set(['s', 'c', 'x', 'z']);
const BREATH = new Set(['f', 'h', 'v', 'j']);
const STOPS = new Set(['p', 'b', 't', 'd', 'k', 'g', 'q']);

type Segment =
  | { kind: 'voice'; formants: [number, number, number]; ms: number; gain: number }
  | { kind: 'noise'; ms: number; gain: number; bright: boolean }
  | { kind: 'silence'; ms: number };

/** Turns text into a sequence of sounds, letter by letter, with pauses at spaces and punctuation. */
function segmentsOf(text: string, rate: number): Segment[] {
  const segments: Segment[] = [];
  const add = (segment: Segment) => segments.push({ ...segment, ms: segment.ms / rate });
  for (const char of text.toLowerCase().normalize('NFD')) {
    if (VOWELS[char]) add({ kind: 'voice', formants: VOWELS[char], ms: 95, gain: 1 });
    else if (/[0-9]/.test(char)) {
      add({ kind: 'voice', formants: VOWELS.o!, ms: 80, gain: 1 });
      add({ kind: 'voice', formants: VOICED.n!, ms: 50, gain: 0.5 });
    } else if (STOPS.has(char)) {
      add({ kind: 'silence', ms: 45 });
      add({ kind: 'noise', ms: 18, gain: 0.6, bright: true });
    } else if (HISS.has(char) || BREATH.has(char)) {
      if (VOICED[char]) add({ kind: 'voice', formants: VOICED[char], ms: 40, gain: 0.45 });
      add({ kind: 'noise', ms: 85, gain: HISS.has(char) ? 0.35 : 0.2, bright: HISS.has(char) });
    } else if (VOICED[char]) add({ kind: 'voice', formants: VOICED[char], ms: 65, gain: 0.55 });
    else if (/[.!?]/.test(char)) add({ kind: 'silence', ms: 380 });
    else if (/[,;:]/.test(char)) add({ kind: 'silence', ms: 220 });
    else if (/\s/.test(char)) add({ kind: 'silence', ms: 70 });
    else if (/\p{L}/u.test(char)) add({ kind: 'voice', formants: VOWELS.e!, ms: 60, gain: 0.6 });
  }
  return segments;
}

/** A small deterministic noise source, so the same text always gives the same audio. */
function noiseSource(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) / 0xffffffff) * 2 - 1;
  };
}

function hashText(text: string): number {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
  return hash >>> 0;
}

/**
 * Renders the segments with a small formant synthesiser: a glottal pulse train at the voice's
 * pitch (with gentle intonation) through three resonators, and filtered noise for consonants.
 * Formants and loudness glide between segments, so it sounds like connected speech, not beeps.
 */
function render(segments: Segment[], voice: VoiceShape, seed: number): Float32Array {
  const total = segments.reduce((sum, segment) => sum + Math.round((segment.ms / 1000) * SAMPLE_RATE), 0);
  const out = new Float32Array(Math.max(total, 1) + SAMPLE_RATE / 5);
  const noise = noiseSource(seed);
  const resonators = [0, 1, 2].map(() => ({ y1: 0, y2: 0 }));
  const bandwidths = [70, 100, 140];
  let formants = [500, 1500, 2500];
  let voiceGain = 0;
  let noiseGain = 0;
  let phase = 0;
  let previousNoise = 0;
  let position = 0;
  for (const segment of segments) {
    const length = Math.round((segment.ms / 1000) * SAMPLE_RATE);
    const targetVoice = segment.kind === 'voice' ? segment.gain : 0;
    const targetNoise = segment.kind === 'noise' ? segment.gain : 0;
    const targetFormants = segment.kind === 'voice' ? segment.formants.map((f) => f * voice.formantScale) : formants;
    for (let index = 0; index < length; index += 1, position += 1) {
      // Glides: about 15 ms for formants, 8 ms for loudness.
      formants = formants.map((f, k) => f + (targetFormants[k]! - f) * 0.004);
      voiceGain += (targetVoice - voiceGain) * 0.008;
      noiseGain += (targetNoise - noiseGain) * 0.01;
      const progress = position / out.length;
      const pitch = voice.pitch * (1.08 - 0.16 * progress) * (1 + 0.03 * Math.sin(position / 900));
      phase += pitch / SAMPLE_RATE;
      if (phase >= 1) phase -= 1;
      // A glottal pulse: a quick opening and closing in the first part of each period.
      const glottal = phase < 0.4 ? Math.sin((Math.PI * phase) / 0.4) ** 2 - 0.3 : -0.3;
      let sample = glottal * voiceGain;
      for (let k = 0; k < 3; k += 1) {
        const bandwidth = bandwidths[k]!;
        const c = -Math.exp((-2 * Math.PI * bandwidth) / SAMPLE_RATE);
        const b =
          2 * Math.exp((-Math.PI * bandwidth) / SAMPLE_RATE) * Math.cos((2 * Math.PI * formants[k]!) / SAMPLE_RATE);
        const a = 1 - b - c;
        const resonator = resonators[k]!;
        const y = a * sample + b * resonator.y1 + c * resonator.y2;
        resonator.y2 = resonator.y1;
        resonator.y1 = y;
        sample = y;
      }
      const white = noise();
      // A first difference brightens the noise into a hiss for s-like sounds.
      const hiss = segment.kind === 'noise' && segment.bright ? white - previousNoise : white * 0.6;
      previousNoise = white;
      out[position] = sample + hiss * noiseGain;
    }
  }
  let peak = 0;
  for (const value of out) peak = Math.max(peak, Math.abs(value));
  if (peak > 0) for (let index = 0; index < out.length; index += 1) out[index] = (out[index]! / peak) * 0.8;
  return out;
}

/**
 * Speech-like audio for a text, encoded as a real MP3 (16 kHz mono). The same text and voice
 * always give the same bytes, and the length grows with the text.
 */
export function synthesizeSpeech(text: string, voice: Voice): { mp3: Buffer; seconds: number } {
  const shape = VOICES[voice];
  const samples = render(segmentsOf(text, shape.rate), shape, hashText(`${voice}:${text}`));
  const pcm = new Int16Array(samples.length);
  for (let index = 0; index < samples.length; index += 1) pcm[index] = Math.round(samples[index]! * 32767);
  return { mp3: encodeMp3([pcm], SAMPLE_RATE, BITRATE_KBPS), seconds: samples.length / SAMPLE_RATE };
}
