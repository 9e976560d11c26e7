// Every table of the platform; drizzle-kit generates migrations from this list.
export { appSettings } from './app-settings';
export { auditLog } from './audit-log';
export { entities } from './entities';
export { loginAttempts } from './login-attempts';
export { provinces, regencies } from './regions';
export { sessions } from './sessions';
export { unitProducts, units, unitTypes } from './units';
export { users } from './users';
