import type { AccountProfile } from "@/lib/auth/users";
import { formatRut } from "@/lib/rut";
import { CardSection } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { Fact } from "@/components/ui/fact";

// Who the account belongs to, as the store knows them.
export function ProfileCard({ profile }: { profile: AccountProfile }) {
  return (
    <CardSection titleId="profile-title" title="Tus datos" roomy>
      <dl className="mt-4 grid gap-4 text-sm sm:grid-cols-2">
        <Fact term="Nombre">{profile.name}</Fact>
        <Fact term="Correo">{profile.email}</Fact>
        <Fact term="RUT">{profile.rut ? formatRut(profile.rut) : "No indicado"}</Fact>
        <Fact term="Cliente desde">
          <DateTime value={profile.createdAt} withTime={false} />
        </Fact>
      </dl>
    </CardSection>
  );
}
