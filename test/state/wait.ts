/** Waiting in the state tests: for a time to pass (expiry), or for something to happen (no timing asserted). */

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once `check` returns true; rejects with `what` if it has not after `timeoutMs`, a bound far
 * above what it takes, so a slow machine is not a failure.
 */
export async function eventually(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}
