// Every table of the platform; drizzle-kit generates migrations from this list.
export { appSettings } from './app-settings';
export { auditLog } from './audit-log';
export { loginAttempts } from './login-attempts';
export { sessions } from './sessions';
export { users } from './users';
