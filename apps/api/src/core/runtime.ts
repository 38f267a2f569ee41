/** Facts decided at boot, before Nest starts: the database URL actually used (embedded or DATABASE_URL). */
export interface Runtime {
  databaseUrl: string;
  webRoot?: string;
}

export const RUNTIME = Symbol('RUNTIME');
