// How long to wait, as a person says it: "45 segundos", "1 minuto", "8 minutos" (rounded up,
// never "0").
export function waitInSpanish(seconds: number): string {
  if (seconds < 60) {
    const whole = Math.max(1, Math.ceil(seconds));
    return whole === 1 ? "1 segundo" : `${whole} segundos`;
  }
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minuto" : `${minutes} minutos`;
}
