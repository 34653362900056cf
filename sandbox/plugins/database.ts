import fp from 'fastify-plugin';
import { DEFAULT_SCRYPT_COST, PasswordHasher, type ScryptCost } from '../auth/passwords.ts';
import { Clock } from '../clock.ts';
import { openDatabase, type Db } from '../store/db.ts';
import { Seeder } from '../store/seed.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The SQLite database, open until the server closes. */
    db: Db;
    /** The only "now" (see clock.ts). */
    clock: Clock;
    hasher: PasswordHasher;
    seeder: Seeder;
  }
}

export interface DatabaseOptions {
  /** SQLite file, or `:memory:`. */
  dbFile: string;
  clock?: Clock;
  scryptCost?: ScryptCost;
}

/**
 * Opens the database (migrated), seeds it when it has no users, and closes it with the server.
 * The clock and the password hasher come with it: the seed needs both.
 */
export const database = fp<DatabaseOptions>(
  async (app, options) => {
    const clock = options.clock ?? new Clock();
    const db = openDatabase(options.dbFile);
    try {
      const hasher = new PasswordHasher(options.scryptCost ?? DEFAULT_SCRYPT_COST);
      const seeder = new Seeder(db, hasher, clock);
      await seeder.seedIfEmpty();
      await hasher.ready();
      app.decorate('db', db).decorate('clock', clock).decorate('hasher', hasher);
      app.decorate('seeder', seeder);
    } catch (error) {
      db.close();
      throw error;
    }
    app.addHook('onClose', async () => db.close());
  },
  { name: 'database' },
);
