import { ordersPath, type OrderFilters } from "@/lib/admin/order-params";
import { OrderStatus } from "@/lib/generated/prisma/enums";
import { orderStatusLabel } from "@/components/ui/order-status-badge";
import { FilterField, fieldClass } from "./filter-field";
import { FilterForm, FilterSelect } from "./filter-form";

const statusOptions = Object.values(OrderStatus).map(
  (status) => [status, orderStatusLabel(status)] as const,
);

export function OrderFiltersForm({ filters }: { filters: OrderFilters }) {
  return (
    <FilterForm
      action={ordersPath}
      label="Filtrar pedidos"
      resetKey={`${filters.estado ?? ""}|${filters.q ?? ""}`}
      layout="sm:grid-cols-[12rem_1fr_auto] sm:items-start"
    >
      <FilterSelect
        id="order-status"
        label="Estado"
        name="estado"
        value={filters.estado}
        options={statusOptions}
      />
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
    </FilterForm>
  );
}
