import type { Queryable } from '../db/database';
import { readSignatoriesVersion } from '../db/repositories/document-signatories.repository';
import type { DocumentRenderer } from './document-renderer';

export interface PublicDocumentAnswer {
  pdf: Buffer;
  /** The renderer's key of `pdf` (document-cache-key.ts). */
  key: string;
  fileName: string;
  /** The snapshot the document was printed from (a unit piagam's must still be a current public one). */
  snapshotId: string;
  /** Piagam only: the printed verification code and which signing settings applied. */
  piagam?: { code: string; signing: 'province' | 'centre' | 'default' };
  /** Set for a rapor: its own verification code. */
  rapor?: { code: string };
}

export interface PublicDocumentMemo {
  /**
   * The answer given before to the same request (kind, snapshot, subject, language, year-before snapshot),
   * without a query: published rows never change and the PDF is still in the renderer's memory. Signatories
   * may change a rapor's issuer, so answers are dropped when they change (read at most once a second).
   */
  recall(identity: string): Promise<PublicDocumentAnswer | undefined>;
  /** The signatories version to pass to `remember`: read before the answer is built, so a change during
   * the build is never remembered as current. */
  signatoriesVersion(): Promise<string>;
  remember(identity: string, answer: PublicDocumentAnswer, signatoriesVersion: string): void;
  /** This process changed signatories: read their version again at the next recall. */
  forgetSignatories(): void;
}

const maxEntries = 20_000;
const versionTtlMs = 1000;

/**
 * Keeps a cached public PDF free of database work (a query on the embedded database costs more than sending
 * the bytes): request identity → renderer key, file name and headers. The bytes stay the renderer's (one
 * memory bound); a recall whose bytes were dropped falls back to the normal path.
 */
export function createPublicDocumentMemo(db: Queryable, renderer: DocumentRenderer): PublicDocumentMemo {
  const entries = new Map<string, { version: string; answer: Omit<PublicDocumentAnswer, 'pdf'> }>();
  let version: { value: Promise<string>; readAt: number } | undefined;

  const currentVersion = (): Promise<string> => {
    const at = performance.now();
    if (!version || at - version.readAt > versionTtlMs) {
      const value = readSignatoriesVersion(db);
      version = { value, readAt: at };
      // A failed read is not kept: the next call asks again.
      value.catch(() => {
        if (version?.value === value) version = undefined;
      });
    }
    return version.value;
  };

  return {
    async recall(identity) {
      const entry = entries.get(identity);
      if (!entry || entry.version !== (await currentVersion())) return undefined;
      const pdf = renderer.peek(entry.answer.key);
      return pdf ? { ...entry.answer, pdf } : undefined;
    },
    signatoriesVersion: currentVersion,
    remember(identity, answer, signatoriesVersion) {
      const { pdf: _bytesStayWithTheRenderer, ...rest } = answer;
      entries.delete(identity);
      entries.set(identity, { version: signatoriesVersion, answer: rest });
      if (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
    },
    forgetSignatories() {
      version = undefined;
    },
  };
}
