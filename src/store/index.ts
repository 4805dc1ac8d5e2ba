// The store's public surface. Extension pages may read directly; writes go through the background.
export { DB_NAME, DB_VERSION, openConnectorDB, closeConnectorDB } from './db';
export * from './invitations';
export * from './settings';
export * from './pageStatus';
export * from './outgoing';
export * from './templates';
