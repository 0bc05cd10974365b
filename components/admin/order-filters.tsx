import Link from "next/link";
import { ordersPath, type OrderFilters } from "@/lib/admin/order-params";
import { OrderStatus } from "@/lib/generated/prisma/enums";
import { orderStatusLabel } from "@/components/auth/order-status-badge";
import { FilterField, fieldClass } from "./filter-field";

// A plain GET form: filters live in the URL, so a filtered list can be bookmarked or sent to a
// colleague, and the form works before JavaScript loads. The key resets the inputs when the
// URL changes under them (back button, "Limpiar").
export function OrderFiltersForm({ filters }: { filters: OrderFilters }) {
  return (
    <form
      key={`${filters.estado ?? ""}|${filters.q ?? ""}`}
      method="get"
      action={ordersPath}
      role="search"
      aria-label="Filtrar pedidos"
      className="grid gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:grid-cols-[12rem_1fr_auto] sm:items-start"
    >
      <FilterField id="order-status" label="Estado">
        <select
          id="order-status"
          name="estado"
          defaultValue={filters.estado ?? ""}
          className={fieldClass}
        >
          <option value="">Todos</option>
          {Object.values(OrderStatus).map((status) => (
            <option key={status} value={status}>
              {orderStatusLabel(status)}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterField
        id="order-search"
        label="Buscar"
        hint="Número o id del pedido, correo completo, o id de Fintoc (cs_… o pi_…)."
      >
        <input
          id="order-search"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          aria-describedby="order-search-hint"
          autoComplete="off"
          spellCheck={false}
          className={fieldClass}
        />
      </FilterField>
      <div className="flex gap-2 sm:pt-6">
        <button type="submit" className="btn-primary py-2">
          Filtrar
        </button>
        <Link href={ordersPath} className="btn-secondary py-2">
          Limpiar
        </Link>
      </div>
    </form>
  );
}
