import { PGlite, type Results, type Transaction } from '@electric-sql/pglite';

/** Longest stretch of database work before other requests get a turn (the liveness probe among them). */
const sliceMs = 20;
/** Also yield after this many statements, so a run of fast statements gives way on any machine. */
const sliceStatements = 64;

let sliceStartedAt = performance.now();
let statementsInSlice = 0;

/**
 * PGlite runs Postgres inside this thread, and each statement's promise settles without a trip through the
 * event loop: a use-case awaiting thousands of statements (an import, a finalise, the demo seed) would keep
 * every other request, the liveness probe included, waiting until it ends. Before a statement, once the
 * current slice is spent, this waits for one turn of the event loop (setImmediate: after pending I/O).
 * A single long statement is still one unbroken unit.
 */
async function yieldWhenSliceSpent(): Promise<void> {
  statementsInSlice += 1;
  if (statementsInSlice < sliceStatements && performance.now() - sliceStartedAt < sliceMs) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
  sliceStartedAt = performance.now();
  statementsInSlice = 0;
}

/** PGlite whose statements, in or out of a transaction, give the event loop a turn at least once a slice. */
export class YieldingPGlite extends PGlite {
  override async query<T>(...args: Parameters<PGlite['query']>): Promise<Results<T>> {
    await yieldWhenSliceSpent();
    return super.query<T>(...args);
  }

  override async exec(...args: Parameters<PGlite['exec']>): Promise<Results[]> {
    await yieldWhenSliceSpent();
    return super.exec(...args);
  }

  override transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    return super.transaction((tx) => callback(yieldingTransaction(tx)));
  }
}

function yieldingTransaction(tx: Transaction): Transaction {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property === 'query')
        return async (...args: Parameters<Transaction['query']>) => {
          await yieldWhenSliceSpent();
          return target.query(...args);
        };
      if (property === 'exec')
        return async (...args: Parameters<Transaction['exec']>) => {
          await yieldWhenSliceSpent();
          return target.exec(...args);
        };
      return Reflect.get(target, property, receiver);
    },
  });
}
