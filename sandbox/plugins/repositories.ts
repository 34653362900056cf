import { AccountRepository } from '../store/account.ts';
import { AdminRepository } from '../store/admin.ts';
import { ApiKeysRepository } from '../store/api-keys.ts';
import { BillingRepository } from '../store/billing.ts';
import { BoardingRepository } from '../store/boarding.ts';
import { InventoryRepository } from '../store/inventory.ts';
import { LoginAttemptsRepository } from '../store/login-attempts.ts';
import { ProfileRepository } from '../store/profile.ts';
import { ReceiptsRepository } from '../store/receipts.ts';
import { SessionsRepository } from '../store/sessions.ts';
import { TransactionsRepository } from '../store/transactions.ts';
import { OrganizationsRepository, UsersRepository } from '../store/users.ts';
import type { Db } from '../store/db.ts';
import { decoratorPlugin } from './decorator-plugin.ts';

/** One instance of every repository of store/, over the server's database. */
function repositoriesOf(db: Db) {
  return {
    account: new AccountRepository(db),
    admin: new AdminRepository(db),
    apiKeys: new ApiKeysRepository(db),
    billing: new BillingRepository(db),
    boarding: new BoardingRepository(db),
    inventory: new InventoryRepository(db),
    loginAttempts: new LoginAttemptsRepository(db),
    organizations: new OrganizationsRepository(db),
    profiles: new ProfileRepository(db),
    receipts: new ReceiptsRepository(db),
    sessions: new SessionsRepository(db),
    transactions: new TransactionsRepository(db),
    users: new UsersRepository(db),
  };
}

export type Repositories = ReturnType<typeof repositoriesOf>;

declare module 'fastify' {
  interface FastifyInstance {
    repositories: Repositories;
  }
}

export const repositories = decoratorPlugin('repositories', (app) => repositoriesOf(app.db), [
  'database',
]);
