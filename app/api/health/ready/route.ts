import { RETRY_AFTER_SECONDS } from "@/lib/domain/request-refusals";
import { checkReadiness } from "@/lib/server/health/check-readiness";

// Readiness: the database answers and its schema is current (docs/decisions/0014).
export const dynamic = "force-dynamic";

export async function GET() {
  const r = await checkReadiness();
  if (r.ready) return Response.json({ status: "ready", migrations: r.migrations }, { headers: { "Cache-Control": "no-store" } });
  return Response.json(
    { status: "unavailable", reason: r.reason, message: r.message, migrations: r.migrations },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) } },
  );
}
