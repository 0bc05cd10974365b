import type { Metadata } from "next";
import { Suspense } from "react";
import { requireAdmin } from "@/lib/admin/require-admin";
import { Skeleton } from "@/components/ui/skeleton";
import { DeadJobs } from "@/components/admin/dead-jobs";
import { OverviewStats } from "@/components/admin/overview-stats";
import { ReconcilePanel } from "@/components/admin/reconcile-panel";
import { reconcileNow, requeueJob } from "./actions";

export const metadata: Metadata = { title: "Resumen" };

function StatsSkeleton() {
  return (
    <div role="status" aria-label="Cargando el resumen" className="grid gap-4 sm:grid-cols-3">
      {[0, 1, 2].map((index) => (
        <Skeleton key={index} className="h-32 w-full rounded-2xl" />
      ))}
    </div>
  );
}

export default async function AdminOverviewPage() {
  await requireAdmin("/admin");
  return (
    <div className="space-y-6">
      <h1 className="font-display text-3xl font-bold text-stone-900">Resumen</h1>
      <Suspense fallback={<StatsSkeleton />}>
        <OverviewStats />
      </Suspense>
      <ReconcilePanel action={reconcileNow} />
      <Suspense
        fallback={
          <div role="status" aria-label="Cargando la cola de trabajos">
            <Skeleton className="h-32 w-full rounded-2xl" />
          </div>
        }
      >
        <DeadJobs requeueAction={requeueJob} />
      </Suspense>
    </div>
  );
}
