import { randomInt } from 'node:crypto';
import { surveyCodeAlphabet, surveyCodeLength } from '../../contracts/survey.contract';

/**
 * A short random code for a unit's public link (/s/<code>): 8 characters from 31 that cannot be mistaken for
 * one another when typed from a poster (about 8.5 × 10^11 codes, so guessing one is impractical).
 */
export function makeSurveyCode(): string {
  let code = '';
  for (let position = 0; position < surveyCodeLength; position += 1)
    code += surveyCodeAlphabet[randomInt(surveyCodeAlphabet.length)];
  return code;
}

/** Codes are case-insensitive for people typing them: normalise before looking one up. */
export function normaliseSurveyCode(input: string): string | null {
  const code = input.trim().toUpperCase();
  if (code.length !== surveyCodeLength) return null;
  for (const character of code) if (!surveyCodeAlphabet.includes(character)) return null;
  return code;
}
