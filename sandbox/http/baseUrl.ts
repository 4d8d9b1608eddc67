import type { SandboxContext } from '../context';

/** The sandbox's own /v2 address, for URLs in answers (a recording's mp3Url) that clients fetch as they are. */
export const sandboxBaseUrl = ({ config }: SandboxContext) => `http://${config.host}:${config.port}/v2`;
