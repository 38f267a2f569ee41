export * from './api-errors';
export * from './locale';
