import type { LocalizedText } from '../methodology/localized-text.schema';

/** One problem found in a methodology or an input, with where it is and what is wrong in both languages. */
export interface ValidationIssue {
  path: string;
  message: LocalizedText;
}

export type CoreErrorCode = 'METHODOLOGY_INVALID' | 'ANSWERS_INVALID' | 'SCORE_OUT_OF_RANGE' | 'RANK_INVALID';

/** A typed error the server maps to HTTP and the CLI prints in both languages. */
export class CoreError extends Error {
  readonly code: CoreErrorCode;
  readonly messages: LocalizedText;
  readonly issues: readonly ValidationIssue[];

  constructor(code: CoreErrorCode, messages: LocalizedText, issues: readonly ValidationIssue[] = []) {
    super(messages.en);
    this.name = 'CoreError';
    this.code = code;
    this.messages = messages;
    this.issues = issues;
  }
}

/** `dimensions[2].indicators[4].weight` from ['dimensions', 2, 'indicators', 4, 'weight']. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text === '' ? '(root)' : text;
}
