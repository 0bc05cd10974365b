import { errorReasons } from "../../domain/payment-intents";
import { html, type Html } from "../html";

const outcomes = [
  { value: "succeeded", label: "Aprobar el pago", help: "El banco confirma la transferencia." },
  {
    value: "pending",
    label: "Dejar pendiente",
    help: "El banco la confirma más tarde (desde el panel o la CLI).",
  },
  { value: "rejected", label: "Rechazar", help: "Rechazas la transferencia en tu banco." },
  { value: "failed", label: "Fallar", help: "El banco no puede completar la transferencia." },
];

// The test-mode choice that stands in for the bank's real answer.
export function outcomeFields(): Html {
  return html`<fieldset>
    <legend>Resultado de la simulación</legend>
    <div class="options">
      ${outcomes.map(
        (outcome) =>
          html`<label class="option"
            ><input
              type="radio"
              name="outcome"
              value="${outcome.value}"
              ${outcome.value === "succeeded" ? "checked" : ""}
            />
            <span>${outcome.label}<small>${outcome.help}</small></span></label
          >`,
      )}
    </div>
    <label class="field reason"
      >Motivo del fallo
      <select name="error_reason">
        ${errorReasons.map((reason) => html`<option value="${reason}">${reason}</option>`)}
      </select></label
    >
  </fieldset>`;
}
