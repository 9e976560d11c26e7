/** What the user typed for one answer and the version it edits; kept until the server has it. */
export interface AnswerDraft {
  level: number | null;
  note: string;
  baseVersion: number;
}

export interface DraftStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** One key per unit, respondent (or the unit's checklists) and indicator. */
export function answerDraftKey(unitId: string, respondentId: string | null, indicatorCode: string): string {
  return `patuh:answer-draft:${unitId}:${respondentId ?? 'unit'}:${indicatorCode}`;
}

export function readAnswerDraft(store: DraftStore | undefined, key: string): AnswerDraft | null {
  try {
    const text = store?.getItem(key);
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { level, note, baseVersion } = value as Record<string, unknown>;
    if (level !== null && typeof level !== 'number') return null;
    if (typeof note !== 'string' || typeof baseVersion !== 'number') return null;
    return { level, note, baseVersion };
  } catch {
    // A full or disabled storage must never stop the page; the draft is only a safety net.
    return null;
  }
}

export function writeAnswerDraft(store: DraftStore | undefined, key: string, draft: AnswerDraft): void {
  try {
    store?.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: autosave still runs, only the reload safety net is lost.
  }
}

export function removeAnswerDraft(store: DraftStore | undefined, key: string): void {
  try {
    store?.removeItem(key);
  } catch {
    // Nothing to clean then.
  }
}

/** A draft worth restoring: it differs from what the server holds. */
export function isDraftDifferent(
  draft: AnswerDraft,
  server: { level: number | null; note: string },
): boolean {
  return draft.level !== server.level || draft.note !== server.note;
}

/** The browser's localStorage when there is one (not during tests without a DOM). */
export function browserDraftStore(): DraftStore | undefined {
  return typeof window === 'undefined' ? undefined : window.localStorage;
}
