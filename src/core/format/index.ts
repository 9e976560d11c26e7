// The one place numbers, shares, dates and times are written for people (screens, PDFs, the readable columns
// of exports), in Indonesian or English. Machine values (CSV/JSON cells, API fields) keep their plain form.
export {
  type DateStyle,
  type DateTimeOptions,
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatTime,
  type Instant,
} from './format-date';
export {
  formatDecimal,
  formatFileSize,
  formatNumber,
  formatPercent,
  formatScore,
  formatScoreChange,
} from './format-number';
export { type Formatters, formattersFor } from './formatters-for';
export { formatLanguageOf, type Language } from './language';
export { type IndonesianTimeZone, PROVINCE_TIME_ZONES, timeZoneOfProvince } from './province-time-zones';
