import { Type, type Static } from '@sinclair/typebox';
import { Slug } from './common.ts';
import { OfficerRole } from './console.ts';

/**
 * Shapes of the console's administration: officer accounts (/api/v1/console/officers,
 * city and unit administrators) and Open311 keys (/api/v1/console/open311-keys, city
 * administrator only). Passwords and keys appear once, in the answer that made them.
 */

const UnitRef = Type.Object({ slug: Type.String(), name: Type.String() });

export const OfficerUsername = Type.String({ pattern: '^[a-z0-9._-]{3,60}$', minLength: 3, maxLength: 60 });
export const OfficerPassword = Type.String({ minLength: 12, maxLength: 200 });

/** ?manage=true: every account an administrator manages (disabled ones too), with their status. */
export const OfficersQuery = Type.Object({ manage: Type.Optional(Type.Boolean()) });

export const OfficerListItem = Type.Object({
  username: Type.String(),
  displayName: Type.String(),
  role: OfficerRole,
  unit: UnitRef,
  active: Type.Boolean(),
  createdAt: Type.String(),
  disabledAt: Type.Union([Type.String(), Type.Null()]),
});

export const OfficerList = Type.Object({ items: Type.Array(OfficerListItem) });

export const OfficerParams = Type.Object({ username: Type.String({ minLength: 1, maxLength: 100 }) });

export const CreateOfficerBody = Type.Object(
  {
    username: OfficerUsername,
    displayName: Type.String({ minLength: 2, maxLength: 120 }),
    role: OfficerRole,
    /** A city administrator chooses the unit; a unit administrator always creates in their own. */
    unit: Type.Optional(Slug),
    /** Without it the server generates a one-time password, shown once in the answer. */
    password: Type.Optional(OfficerPassword),
  },
  { additionalProperties: false },
);

export const UpdateOfficerBody = Type.Object(
  { active: Type.Boolean() },
  { additionalProperties: false },
);

export const ResetPasswordBody = Type.Object(
  { password: Type.Optional(OfficerPassword) },
  { additionalProperties: false },
);

/** PUT /api/v1/console/me/password: an officer replaces their own password (e.g. the one-time one). */
export const ChangeOwnPasswordBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: OfficerPassword },
  { additionalProperties: false },
);

export const OfficerWithPassword = Type.Object({
  officer: OfficerListItem,
  /** The generated one-time password (null when the administrator chose it). */
  password: Type.Union([Type.String(), Type.Null()]),
});

export const Open311Key = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  /** Null: the key may send to every unit. */
  unit: Type.Union([UnitRef, Type.Null()]),
  createdAt: Type.String(),
  lastUsedAt: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
});

export const Open311KeyList = Type.Object({ items: Type.Array(Open311Key) });

export const CreateOpen311KeyBody = Type.Object(
  {
    name: Type.String({ minLength: 3, maxLength: 120 }),
    /** Omitted: every unit. */
    unit: Type.Optional(Slug),
  },
  { additionalProperties: false },
);

export const IssuedOpen311Key = Type.Object({
  key: Open311Key,
  /** The key itself: shown once, only its hash is stored. */
  secret: Type.String(),
});

export const Open311KeyParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });

export type OfficerListItemT = Static<typeof OfficerListItem>;
export type ChangeOwnPasswordBodyT = Static<typeof ChangeOwnPasswordBody>;
export type CreateOfficerBodyT = Static<typeof CreateOfficerBody>;
export type OfficerWithPasswordT = Static<typeof OfficerWithPassword>;
export type Open311KeyT = Static<typeof Open311Key>;
export type CreateOpen311KeyBodyT = Static<typeof CreateOpen311KeyBody>;
export type IssuedOpen311KeyT = Static<typeof IssuedOpen311Key>;
