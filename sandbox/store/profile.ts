import type { Db } from './db.ts';
import type { UserAddress } from './users.ts';

/** Account-settings writes to a user's profile (name, address, locale). */
export class ProfileRepository {
  readonly #setName;
  readonly #setAddress;
  readonly #setLocale;

  constructor(db: Db) {
    this.#setName = db.prepare<[string, string, string, number]>(
      `UPDATE users SET profile = json_set(profile, '$.first_name', ?, '$.middle_name_initial', ?, '$.last_name', ?)
       WHERE id = ?`,
    );
    this.#setAddress = db.prepare<[string, number]>(
      "UPDATE users SET profile = json_set(profile, '$.address', json(?)) WHERE id = ?",
    );
    this.#setLocale = db.prepare<[string, number]>(
      "UPDATE users SET profile = json_set(profile, '$.locale', ?) WHERE id = ?",
    );
  }

  setName(userId: number, first: string, middleInitial: string, last: string): void {
    this.#setName.run(first, middleInitial, last, userId);
  }

  setAddress(userId: number, address: UserAddress): void {
    this.#setAddress.run(JSON.stringify(address), userId);
  }

  setLocale(userId: number, locale: string): void {
    this.#setLocale.run(locale, userId);
  }
}
