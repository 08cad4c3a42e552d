import "server-only";
import { getDb } from "@/lib/db/client";

/** The Prisma client for server code; which database it talks to is lib/db's business. */
export const db = () => getDb();
