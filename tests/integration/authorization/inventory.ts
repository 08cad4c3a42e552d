import type { PageModule, RouteHandler, ServerAction } from "./harness";

/**
 * What app/ holds, found when the tests run: every page, route handler file and server actions
 * file. Keys are paths from the project root ("app/(app)/page.tsx").
 */
const strip = <T>(modules: Record<string, () => Promise<T>>) => Object.fromEntries(Object.entries(modules).map(([k, v]) => [k.replace(/^\//, ""), v]));

export const pageModules = strip(import.meta.glob<PageModule>("/app/**/page.tsx"));
export const routeModules = strip(import.meta.glob<Record<string, unknown>>("/app/**/route.ts"));
export const actionModules = strip(import.meta.glob<Record<string, unknown>>("/app/**/actions.ts"));

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** "app/api/…/route.ts GET" for every method a route file exports. */
export async function routeKeys(): Promise<string[]> {
  const keys: string[] = [];
  for (const [path, load] of Object.entries(routeModules)) {
    const mod = await load();
    for (const m of HTTP_METHODS) if (typeof mod[m] === "function") keys.push(`${path} ${m}`);
  }
  return keys.sort();
}

/** "app/…/actions.ts#name" for every export of a "use server" file (each must be an async function). */
export async function actionKeys(): Promise<{ keys: string[]; notAsync: string[] }> {
  const keys: string[] = [];
  const notAsync: string[] = [];
  for (const [path, load] of Object.entries(actionModules)) {
    for (const [name, value] of Object.entries(await load())) {
      keys.push(`${path}#${name}`);
      if (typeof value !== "function" || value.constructor.name !== "AsyncFunction") notAsync.push(`${path}#${name}`);
    }
  }
  return { keys: keys.sort(), notAsync };
}

export async function loadRoute(key: string): Promise<RouteHandler> {
  const [path, method] = key.split(" ") as [string, string];
  return (await routeModules[path]!())[method] as RouteHandler;
}

export async function loadAction(key: string): Promise<ServerAction> {
  const [path, name] = key.split("#") as [string, string];
  return (await actionModules[path]!())[name] as ServerAction;
}

/** The dynamic segments of a route path: "[bloc]" → "bloc", "[...nextauth]" → "nextauth". */
export function segmentsOf(path: string): string[] {
  return [...path.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]!);
}
