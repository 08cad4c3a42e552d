// Liveness: the process answers. Never touches the database, so an outage
// does not get a healthy server restarted (docs/decisions/0014).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
