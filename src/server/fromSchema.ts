// The TypeScript type a JSON schema literal (`as const`) validates: a type-only reading of the subset
// the routes use (type, enum, const, anyOf, properties/required, items). No runtime, no dependency;
// json-schema-to-ts does the same for all of JSON schema at ~3x the type instantiations (docs/ARCHITECTURE.md).
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type Primitive<T> = T extends 'string'
  ? string
  : T extends 'integer' | 'number'
    ? number
    : T extends 'boolean'
      ? boolean
      : T extends 'null'
        ? null
        : T extends 'array'
          ? unknown[]
          : T extends 'object'
            ? Record<string, unknown>
            : never;
type RequiredKeys<S> = S extends { required: readonly (infer R)[] } ? R : never;
type ObjectOf<S> = S extends { properties: infer P }
  ? Simplify<
      { -readonly [K in keyof P as K extends RequiredKeys<S> ? K : never]: FromSchema<P[K]> } & {
        -readonly [K in keyof P as K extends RequiredKeys<S> ? never : K]?: FromSchema<P[K]>;
      }
    >
  : Record<string, unknown>;

export type FromSchema<S> = S extends { anyOf: readonly (infer U)[] }
  ? FromSchema<U>
  : S extends { const: infer C }
    ? C
    : S extends { enum: readonly (infer E)[] }
      ? E
      : S extends { type: 'object' }
        ? ObjectOf<S>
        : S extends { type: 'array'; items: infer I }
          ? FromSchema<I>[]
          : S extends { type: readonly (infer T)[] }
            ? Primitive<T>
            : S extends { type: infer T }
              ? Primitive<T>
              : unknown;
