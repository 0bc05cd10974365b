import { deadJobs, queueCounts } from "@/lib/jobs/queue-state";
import { CardSection } from "@/components/ui/card";
import { PreciseTime } from "@/components/ui/date-time";

const taskLabels: Record<string, string> = {
  send_notification: "Envío de correo",
  reconcile: "Conciliación",
  cleanup: "Limpieza",
};

// The job queue at a glance, and the jobs it gave up on: they never run again on their own, so
// the merchant should see each one with the reason it last failed (docs/emails.md).
export async function DeadJobs() {
  const [counts, dead] = await Promise.all([queueCounts(), deadJobs(20)]);
  return (
    <CardSection titleId="queue-title" title="Cola de trabajos">
      <p className="text-sm text-stone-700">
        {counts.waiting} en espera · {counts.running} en curso · {counts.dead}{" "}
        {counts.dead === 1 ? "abandonado" : "abandonados"} tras agotar sus intentos
      </p>
      {dead.length === 0 ? (
        <p className="mt-3 text-sm text-stone-600">Ningún trabajo abandonado.</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Trabajos abandonados, el más reciente primero</caption>
            <thead className="text-xs text-stone-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Trabajo
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Intentos
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Último error
                </th>
                <th scope="col" className="py-2 font-medium">
                  Abandonado
                </th>
              </tr>
            </thead>
            <tbody>
              {dead.map((job) => (
                <tr key={job.id} className="border-t border-stone-200 align-top">
                  <td className="py-2 pr-4">
                    {taskLabels[job.task] ?? job.task}
                    {job.key ? (
                      <code className="block font-mono text-xs break-all text-stone-600">
                        {job.key}
                      </code>
                    ) : null}
                  </td>
                  <td className="py-2 pr-4">{job.attempts}</td>
                  <td className="py-2 pr-4">
                    <code className="font-mono text-xs break-all">{job.lastError ?? "—"}</code>
                  </td>
                  <td className="py-2">
                    <PreciseTime value={job.failedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </CardSection>
  );
}
