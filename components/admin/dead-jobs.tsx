import type { FormAction } from "@/lib/actions";
import type { RequeueReport } from "@/lib/admin/requeue";
import { deadJobs, queueCounts } from "@/lib/jobs/queue-state";
import { CardSection } from "@/components/ui/card";
import { PreciseTime } from "@/components/ui/date-time";
import { SimpleTable, simpleCellClass, type SimpleColumn } from "@/components/ui/simple-table";
import { RequeueButton } from "./requeue-button";

const taskLabels: Record<string, string> = {
  send_notification: "Envío de correo",
  reconcile: "Conciliación",
  cleanup: "Limpieza",
};

const columns: SimpleColumn[] = [
  { label: "Trabajo" },
  { label: "Intentos" },
  { label: "Último error" },
  { label: "Abandonado" },
  { label: "Acciones", visuallyHidden: true },
];

// The job queue at a glance, and the jobs it gave up on: they never run again on their own, so
// the merchant sees each one with the reason it last failed and can put it back in the queue
// once the cause is fixed (docs/emails.md).
export async function DeadJobs({ requeueAction }: { requeueAction: FormAction<RequeueReport> }) {
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
          <SimpleTable caption="Trabajos abandonados, el más reciente primero" columns={columns}>
            {dead.map((job) => (
              <tr key={job.id} data-testid="dead-job">
                <td className={simpleCellClass}>
                  {taskLabels[job.task] ?? job.task}
                  {job.key ? (
                    <code className="block font-mono text-xs break-all text-stone-600">
                      {job.key}
                    </code>
                  ) : null}
                </td>
                <td className={simpleCellClass}>{job.attempts}</td>
                <td className={simpleCellClass}>
                  <code className="font-mono text-xs break-all">{job.lastError ?? "—"}</code>
                </td>
                <td className={simpleCellClass}>
                  <PreciseTime value={job.failedAt} />
                </td>
                <td className={simpleCellClass}>
                  <RequeueButton
                    name="jobId"
                    value={job.id}
                    label={`el trabajo ${job.key ?? job.id}`}
                    action={requeueAction}
                  />
                </td>
              </tr>
            ))}
          </SimpleTable>
        </div>
      )}
    </CardSection>
  );
}
