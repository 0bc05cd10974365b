import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-10 text-sm text-stone-600 sm:grid-cols-3 sm:px-6">
        <div>
          <p className="font-display text-base font-bold text-stone-900">Tienda Andina</p>
          <p className="mt-2">Productos de pequeños productores, de Arica a Chiloé.</p>
          <p className="mt-2">
            <Link href="/suscripciones" className="font-medium text-clay-700 underline">
              Suscripciones mensuales de café y vino
            </Link>
          </p>
        </div>
        <div>
          <p className="font-semibold text-stone-900">Pagos</p>
          <p className="mt-2">
            Pagas con transferencia bancaria a través de Fintoc, sin salir de tu banco.
          </p>
        </div>
        <div>
          <p className="font-semibold text-stone-900">Tienda de demostración</p>
          <p className="mt-2">
            Un ejemplo de integración: ningún pedido se despacha ni se cobra de verdad.
          </p>
        </div>
      </div>
    </footer>
  );
}
