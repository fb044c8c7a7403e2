// Column helpers shared by the schema files.
import { numeric, timestamp } from 'drizzle-orm/pg-core';

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const amount = (name: string) => numeric(name);
