import { createHash, randomBytes } from 'node:crypto';
import { SessionCipher } from './sessionCipher.ts';
import type { SessionStore } from './sessionStore.ts';

/** What a signed-in session holds, encrypted in the store; only `login` and `accountName` are ever sent out. */
export interface Operator {
  login: string;
  password: string;
  accountName?: string;
  /** CallFire's id of the account, which keys its activity log. */
  accountId?: number;
}

/**
 * Signed-in operators. The browser holds only a random session id; the store is keyed by its hash, so
 * reading the store does not give anyone a usable id, and its values are sealed by the cipher.
 */
export class Sessions {
  private readonly cipher: SessionCipher;

  constructor(
    private readonly store: SessionStore,
    secret: string | undefined,
    private readonly idleMs: number,
  ) {
    this.cipher = new SessionCipher(secret);
  }

  async start(operator: Operator): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    await this.store.set(storeKey(id), this.cipher.seal(operator), this.idleMs);
    return id;
  }

  /** The session's operator, which also restarts its idle timer; undefined when ended or expired. */
  async find(id: string | undefined): Promise<Operator | undefined> {
    if (!id) return undefined;
    const sealed = await this.store.touch(storeKey(id), this.idleMs);
    return sealed === undefined ? undefined : this.cipher.open<Operator>(sealed);
  }

  async end(id: string | undefined) {
    if (id) await this.store.delete(storeKey(id));
  }

  close() {
    return this.store.close();
  }
}

const storeKey = (id: string) => createHash('sha256').update(id).digest('base64url');
