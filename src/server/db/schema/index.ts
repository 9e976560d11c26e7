// Every table of the platform; drizzle-kit generates migrations from this list.
export { appSettings } from './app-settings';
