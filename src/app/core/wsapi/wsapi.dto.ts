// Shapes of the vendor's JSON, exactly as the WSAPI sends them (snake_case, loose types).
// Nothing outside core/ sees these: core/auth maps them to domain models at the edge.

export interface AccountFlagsDto {
  change_email_required: boolean;
  change_password_required: boolean;
  change_security_questions_required: boolean;
  accept_terms_and_conditions_required: boolean;
}

export interface SecurityQuestionDto {
  id: string;
  question: string;
  /** Sent in clear text by the vendor. Never kept, shown or logged by the portal. */
  answer?: string;
}

export interface UserDto {
  user_name: string;
  bill_organization?: boolean;
  is_admin: boolean;
  is_sys_admin: boolean;
  account_flags?: AccountFlagsDto;
  primary_email?: string;
  security_questions?: SecurityQuestionDto[];
  cell_phone?: string;
  first_name?: string;
  last_name?: string;
  locale?: string;
  middle_name_initial?: string;
  other_phone?: string;
  test_account: boolean;
  title?: string;
  work_phone?: string;
}

export interface SessionDto {
  /** `yyyyMMddHHmmss`, UTC. */
  expires: string;
  session_token: string;
}

export interface ProcessorDto {
  name: string;
  processor_profile: string;
  date_modified: string;
}

/** A flat map with dotted keys; values are not consistently typed (see the config accessor). */
export type ConfigurationDto = Record<string, unknown>;

export interface LoginResponseDto {
  chain_id: string;
  store_id: string;
  terminal_id: string;
  organization_id: string;
  organization_type: string;
  processor?: ProcessorDto;
  session: SessionDto;
  user: UserDto;
  configuration: ConfigurationDto;
}

export interface RefreshResponseDto {
  chain_id: string;
  store_id: string;
  terminal_id: string;
  organization_type: string;
  session: SessionDto;
  user: Pick<UserDto, 'user_name' | 'is_admin' | 'is_sys_admin' | 'test_account'>;
}
