// Pure, and also run on the phone from its prepared copy and outbox (offline field work): it lives in the core.
export { scoreProvisionalUnit } from '../../core/collection/score-provisional-unit';
