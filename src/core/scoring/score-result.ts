import type { EntityAnswers, UnitAnswers } from '../answers/entity-answers';
import type { Classification } from '../classification/classify';
import type { ScoreNode } from './score-node';

export interface UnitScore {
  unitCode: string;
  unitName: string;
  unitType: string;
  entityKind: string;
  /** Unrounded 0–100; `roundedScore` is what is published and classified. */
  score: number;
  roundedScore: number;
  classification: Classification;
  tree: ScoreNode;
  /** The answers that were scored (kept so plans and what-ifs can re-score them). */
  input: UnitAnswers;
}

export interface EntityScore {
  methodology: string;
  entityCode: string;
  entityName: string;
  entityKind: string;
  province: string | null;
  score: number;
  roundedScore: number;
  classification: Classification;
  tree: ScoreNode;
  /** Sorted by unit code so the result does not depend on the order units were given in. */
  units: UnitScore[];
  input: EntityAnswers;
}
