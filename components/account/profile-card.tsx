import type { ReactNode } from "react";
import type { AccountProfile } from "@/lib/auth/users";
import { formatRut } from "@/lib/rut";
import { CardSection } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-stone-600">{term}</dt>
      <dd className="mt-0.5 font-medium break-words text-stone-900">{children}</dd>
    </div>
  );
}

// Who the account belongs to, as the store knows them.
export function ProfileCard({ profile }: { profile: AccountProfile }) {
  return (
    <CardSection titleId="profile-title" title="Tus datos" roomy>
      <dl className="mt-4 grid gap-4 text-sm sm:grid-cols-2">
        <Detail term="Nombre">{profile.name}</Detail>
        <Detail term="Correo">{profile.email}</Detail>
        <Detail term="RUT">{profile.rut ? formatRut(profile.rut) : "No indicado"}</Detail>
        <Detail term="Cliente desde">
          <DateTime value={profile.createdAt} withTime={false} />
        </Detail>
      </dl>
    </CardSection>
  );
}
