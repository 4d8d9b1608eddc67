/** Buffers arrive as plain Uint8Arrays on the other side of a thread; this gives them their methods back, without a copy. */
export const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
