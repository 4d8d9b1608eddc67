export interface OperationUse {
  operationId: string;
  viaConsole: number;
  direct: number;
}

/** Counts, per operationId, the requests the sandbox answered; the end-to-end run reports from it. */
export class CoverageRecorder {
  private readonly uses = new Map<string, OperationUse>();

  record(operationId: string, viaConsole: boolean) {
    const use = this.uses.get(operationId) ?? { operationId, viaConsole: 0, direct: 0 };
    if (viaConsole) use.viaConsole += 1;
    else use.direct += 1;
    this.uses.set(operationId, use);
  }

  report(): OperationUse[] {
    return [...this.uses.values()].sort((a, b) => a.operationId.localeCompare(b.operationId));
  }
}
