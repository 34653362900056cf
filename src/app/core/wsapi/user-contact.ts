import { DtoRecord, text } from './dto-readers';

/** Who a user is and how to reach them, as the login response and `/Users/Profile` send it. */
export interface UserContact {
  readonly userName: string;
  readonly title: string;
  readonly firstName: string;
  readonly middleNameInitial: string;
  readonly lastName: string;
  readonly primaryEmail: string;
  readonly cellPhone: string;
  readonly workPhone: string;
  readonly otherPhone: string;
}

export function toUserContact(dto: DtoRecord): UserContact {
  return {
    userName: text(dto['user_name']),
    title: text(dto['title']),
    firstName: text(dto['first_name']),
    middleNameInitial: text(dto['middle_name_initial']),
    lastName: text(dto['last_name']),
    primaryEmail: text(dto['primary_email']),
    cellPhone: text(dto['cell_phone']),
    workPhone: text(dto['work_phone']),
    otherPhone: text(dto['other_phone']),
  };
}
