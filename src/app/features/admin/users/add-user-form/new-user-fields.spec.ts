import { WsapiError } from '../../../../core/wsapi/wsapi-error';
import { newUserFieldOf } from './new-user-fields';
import { refusal } from '../../../../../testing/wsapi-errors';

describe('newUserFieldOf', () => {
  const refused = (field: string | null = null): WsapiError => refusal(field, 'No');

  it('maps each server field to its control', () => {
    expect(newUserFieldOf(refused('user_name'))).toBe('userName');
    expect(newUserFieldOf(refused('temporary_password'))).toBe('temporaryPassword');
    expect(newUserFieldOf(refused('first_name'))).toBe('firstName');
    expect(newUserFieldOf(refused('last_name'))).toBe('lastName');
    expect(newUserFieldOf(refused('primary_email'))).toBe('primaryEmail');
  });

  it('names no control for another field, no field, or another kind of error', () => {
    expect(newUserFieldOf(refused('is_admin'))).toBeNull();
    expect(newUserFieldOf(refused('toString'))).toBeNull();
    expect(newUserFieldOf(refused())).toBeNull();
    expect(newUserFieldOf({ kind: 'server', status: 500 })).toBeNull();
  });
});
