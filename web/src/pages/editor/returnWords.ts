// The words of a return line: a return without a recorded person (seeded, imported) reads "returned on
// …", not "returned by  on …".

type Kind = 'banner' | 'last';

/** The i18n key for a return line and whether it names who returned it. */
export function returnKey(kind: Kind, user: string | null | undefined): `ret.${Kind}` | `ret.${Kind}NoWho` {
  return user && user.trim() ? `ret.${kind}` : `ret.${kind}NoWho`;
}
