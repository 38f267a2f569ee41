import { Foundation1763900000000 } from './1763900000000-foundation';

/** Every migration, in order. Later modules append theirs here. */
export const MIGRATIONS = [Foundation1763900000000];
