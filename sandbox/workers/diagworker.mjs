import { tsImport } from 'tsx/esm/api';
import v8 from 'node:v8';
const tasks = await tsImport('./tasks.ts', import.meta.url);
export const { speech, uploadedAudio, wavFile, csvImportPlan } = tasks;
export const mem = async ({ gc }) => {
  if (gc) { v8.setFlagsFromString('--expose-gc'); new (await import('node:vm')).Script('gc()').runInNewContext(); }
  const m = process.memoryUsage();
  const s = v8.getHeapSpaceStatistics().map((x) => `${x.space_name.replace('_space','')}:${(x.space_size/1048576).toFixed(0)}`).join(' ');
  return `worker heap ${(m.heapUsed/1048576).toFixed(0)}/${(m.heapTotal/1048576).toFixed(0)} ext ${(m.external/1048576).toFixed(0)} ab ${(m.arrayBuffers/1048576).toFixed(0)} | ${s}`;
};
