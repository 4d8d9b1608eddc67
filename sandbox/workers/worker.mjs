// The worker threads' entry. It is plain JavaScript so Node can load it by itself; tsx then loads the
// TypeScript tasks (a worker does not inherit the loader of the thread that started it, under tsx or vitest).
import { tsImport } from 'tsx/esm/api';

const tasks = await tsImport('./tasks.ts', import.meta.url);

export const { speech, uploadedAudio, uploadedSound, storedSound, wavFile, csvImportPlan } = tasks;
