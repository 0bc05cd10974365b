"use client";

// Replaces the root layout when it fails, so it brings its own document and inline styles
// (global CSS is not loaded here).
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="es-CL">
      <body
        style={{
          margin: 0,
          fontFamily: "system-ui, sans-serif",
          background: "#fbf7f1",
          color: "#1c1917",
        }}
      >
        <title>Algo salió mal · Tienda Andina</title>
        <main
          style={{ maxWidth: "32rem", margin: "0 auto", padding: "5rem 1rem", textAlign: "center" }}
        >
          <p style={{ fontFamily: "Georgia, serif", fontWeight: 700, color: "#a94b22" }}>
            Tienda Andina
          </p>
          <h1 style={{ fontSize: "1.875rem" }}>La tienda no pudo cargar</h1>
          <p style={{ color: "#57534e" }}>
            Tuvimos un problema inesperado. Intenta de nuevo en unos segundos.
          </p>
          <button
            type="button"
            onClick={() => retry()}
            style={{
              marginTop: "1rem",
              padding: "0.75rem 1.5rem",
              border: 0,
              borderRadius: "9999px",
              background: "#a94b22",
              color: "#fff",
              fontWeight: 600,
              fontSize: "1rem",
              cursor: "pointer",
            }}
          >
            Reintentar
          </button>
        </main>
      </body>
    </html>
  );
}
