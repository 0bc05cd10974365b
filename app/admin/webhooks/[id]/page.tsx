import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getInboxEventOrNull } from "@/lib/admin/inbox-queries";
import { requireAdmin } from "@/lib/admin/require-admin";
import { EventSummary } from "@/components/admin/event-summary";
import { PayloadViewer } from "@/components/admin/payload-viewer";
import { ReplayButton } from "@/components/admin/replay-button";
import { replayWebhookEvent } from "../../actions";
import { CardSection } from "@/components/ui/card";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Evento ${(await params).id}` };
}

export default async function AdminEventPage({ params }: Props) {
  const { id } = await params;
  await requireAdmin(`/admin/webhooks/${encodeURIComponent(id)}`);
  const event = await getInboxEventOrNull(id);
  if (!event) notFound();

  return (
    <article className="space-y-6">
      <div>
        <Link href="/admin/webhooks" className="text-sm font-medium text-clay-700 hover:underline">
          <span aria-hidden="true">←</span> Webhooks
        </Link>
        <h1 className="mt-2 font-display text-3xl font-bold break-all text-stone-900">
          Evento <code className="font-mono text-2xl">{event.id}</code>
        </h1>
      </div>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr] lg:items-start">
        <EventSummary event={event} />
        <CardSection titleId="replay-title" title="Reaplicar" className="space-y-3">
          <p className="text-sm text-stone-600">
            Vuelve a aplicar este evento con el mismo código que su primera entrega. Si ya se
            aplicó, no cambia nada; si falló por un error ya corregido, lo aplica ahora.
          </p>
          <ReplayButton eventId={event.id} action={replayWebhookEvent} />
        </CardSection>
      </div>
      <PayloadViewer rawBody={event.rawBody} />
    </article>
  );
}
