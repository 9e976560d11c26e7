// Kept so existing imports keep working; the formats live in core/format (one module for every screen and
// document).
export { formatDecimal, type Language } from '../format';
